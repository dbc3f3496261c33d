// Source: jira-api com.atlassian.jira.issue.link.IssueLink (@PublicApi): Long getId(), as the server javadoc
// (docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html) gives it. Subset.
package com.atlassian.jira.issue.link;

public interface IssueLink {
    Long getId();
}
