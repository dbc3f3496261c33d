// Source: jira-api com.atlassian.jira.issue.IssueManager: MutableIssue getIssueObject(String) [confirmed, TPI
// PanelResource on Jira 10.3]; shared/reference/jira-platform.md §2.10. Subset.
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueObject(String key);
}
