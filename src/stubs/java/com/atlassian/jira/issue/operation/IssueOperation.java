// Source: jira-api com.atlassian.jira.issue.operation.IssueOperation (MYSRC 6.3), the operation a screen scheme item
// applies to. The plugin only passes null (the default item), so the stand-in carries the name alone.
package com.atlassian.jira.issue.operation;

public interface IssueOperation {
}
