// Source: jira-api com.atlassian.jira.issue.search.SearchException, the checked exception SearchService's searches
// declare. Subset.
package com.atlassian.jira.issue.search;

public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
