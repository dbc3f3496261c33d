// Source: jira-api com.atlassian.jira.web.bean.PagerFilter<T> (@PublicApi): public static PagerFilter
// newPageAlignedFilter(int index, int max), "a new pager aligned to the page containing the index", as Jira's own
// public source declares it (read via the search tool); int getStart() and int getMax(), as its javadoc lists them
// (docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html, unchanged since); public plugins page
// SearchService's results with it (shared/reference/jira-wave2-apis.md §5) [confirmed]. Subset; the stand-in keeps
// start and max so tests can read the page a caller asked for.
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    private final int start;
    private final int max;

    private PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public static PagerFilter newPageAlignedFilter(int index, int max) {
        return new PagerFilter(index / max * max, max);
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
