// Source: jira-api com.atlassian.jira.issue.index.IssueIndexingService: void reIndex(Issue) throws IndexException, as
// public plugins call it after changing an issue (the search tool); reIndex(Issue, IssueIndexingParams), as
// Atlassian's Slack integration calls it on Jira 10.0 and 11.0; long reIndexIssueObjects(Collection<? extends Issue>,
// IssueIndexingParams), as public scripts reindex many issues (shared/reference/jira-wave2-apis.md §8). Subset.
package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;
import java.util.Collection;

public interface IssueIndexingService {
    void reIndex(Issue issue) throws IndexException;

    void reIndex(Issue issue, IssueIndexingParams params) throws IndexException;

    long reIndexIssueObjects(Collection<? extends Issue> issueObjects, IssueIndexingParams params)
            throws IndexException;
}
