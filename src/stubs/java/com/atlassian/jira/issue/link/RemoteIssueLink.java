// Source: jira-api com.atlassian.jira.issue.link.RemoteIssueLink: Long getId(), as Jira's own DefaultIssueDeleteHelper
// reads it before removing the link (public source via the search tool). Subset; a class in Jira.
package com.atlassian.jira.issue.link;

public class RemoteIssueLink {
    public Long getId() {
        throw new UnsupportedOperationException("stand-in");
    }
}
