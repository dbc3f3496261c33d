// Source: jira-api com.atlassian.jira.issue.index.IndexException, the checked exception IssueIndexingService.reIndex
// declares (public plugins catch it, via the search tool). Subset.
package com.atlassian.jira.issue.index;

public class IndexException extends Exception {
    private static final long serialVersionUID = 1L;

    public IndexException(String message) {
        super(message);
    }
}
