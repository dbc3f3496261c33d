// Source: jira-api com.atlassian.jira.issue.operation.IssueOperations (@PublicApi): the operations a screen scheme item
// applies to, as public plugins set them (FieldScreenSchemeItem.setIssueOperation(IssueOperations.VIEW_ISSUE_OPERATION),
// confirmed by usage through the search tool). Subset; the values are Jira's, the stand-in only needs the names.
package com.atlassian.jira.issue.operation;

public interface IssueOperations {
    ScreenableIssueOperation VIEW_ISSUE_OPERATION = new ScreenableIssueOperation() {
    };
}
