// Source: jira-api com.atlassian.jira.issue.index.IssueIndexingService: void reIndex(Issue) throws IndexException, as
// public plugins call it after changing an issue (the search tool). Subset.
package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;

public interface IssueIndexingService {
    void reIndex(Issue issue) throws IndexException;
}
