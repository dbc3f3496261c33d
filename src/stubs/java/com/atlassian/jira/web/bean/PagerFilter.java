// Source: jira-api com.atlassian.jira.web.bean.PagerFilter: static newPageAlignedFilter(int start, int max), as
// public plugins page SearchService's results (shared/reference/jira-wave2-apis.md §5) [likely]. Subset.
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    public static PagerFilter newPageAlignedFilter(int index, int max) {
        return new PagerFilter();
    }
}
