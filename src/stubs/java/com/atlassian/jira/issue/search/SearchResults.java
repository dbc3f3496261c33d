// Source: jira-api com.atlassian.jira.issue.search.SearchResults<T> (a class since Jira 8): List<T> getResults(), as
// Jira 8 and later plugins read SearchService's results (getIssues() was removed in 8.0;
// shared/reference/jira-wave2-apis.md §5) [likely]; int getTotal(), every issue the search matched, not only the page
// (the same reference; read so by the public myteam Jira plugin beside getResults()). Subset.
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {
    public List<T> getResults() {
        throw new UnsupportedOperationException("stand-in");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("stand-in");
    }
}
