// Source: jira-api com.atlassian.jira.issue.index.IssueIndexingParams: the constants INDEX_ALL (the issue with its
// comments, worklogs and change history) and INDEX_ISSUE_ONLY, as Atlassian's Slack integration passes INDEX_ISSUE_ONLY on Jira 10.0 and
// 11.0 and public scripts pass INDEX_ALL (shared/reference/jira-wave2-apis.md §8). Subset.
package com.atlassian.jira.issue.index;

public class IssueIndexingParams {
    public static final IssueIndexingParams INDEX_ALL = new IssueIndexingParams();
    public static final IssueIndexingParams INDEX_ISSUE_ONLY = new IssueIndexingParams();

    protected IssueIndexingParams() {
    }
}
