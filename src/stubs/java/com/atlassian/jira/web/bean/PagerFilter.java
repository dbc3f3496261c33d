// Source: jira-api com.atlassian.jira.web.bean.PagerFilter<T> (@PublicApi): public static PagerFilter
// newPageAlignedFilter(int index, int max), "a new pager aligned to the page containing the index", as Jira's own
// public source declares it (read via the search tool); public plugins page SearchService's results with it
// (shared/reference/jira-wave2-apis.md §5) [confirmed]. Subset.
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    public static PagerFilter newPageAlignedFilter(int index, int max) {
        return new PagerFilter();
    }
}
