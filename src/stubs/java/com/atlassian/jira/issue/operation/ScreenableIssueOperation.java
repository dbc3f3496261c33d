// Source: jira-api com.atlassian.jira.issue.operation.ScreenableIssueOperation extends IssueOperation (MYSRC 6.3).
package com.atlassian.jira.issue.operation;

public interface ScreenableIssueOperation extends IssueOperation {
}
