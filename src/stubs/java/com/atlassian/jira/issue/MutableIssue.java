// Source: jira-api com.atlassian.jira.issue.MutableIssue extends Issue (MYSRC 6.3). Subset.
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
