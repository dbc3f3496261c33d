// Source: jira-api com.atlassian.jira.issue.link.IssueLinkType: Long getId() and String getName(), as the server
// javadoc of IssueLinkTypeManager and IssueLink return and use it. Subset.
package com.atlassian.jira.issue.link;

public interface IssueLinkType {
    Long getId();

    String getName();
}
