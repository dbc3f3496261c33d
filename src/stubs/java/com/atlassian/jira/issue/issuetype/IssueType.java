// Source: jira-api com.atlassian.jira.issue.issuetype.IssueType (MYSRC 6.3; getIssueType() returns it since 7.0);
// shared/reference/jira-platform.md §2.1. Subset: only what the plugin calls.
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getId();

    String getName();
}
