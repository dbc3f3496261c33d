// Source: jira-api com.atlassian.jira.util.ImportUtils: static boolean isIndexIssues() and static void
// setIndexIssues(boolean), which Atlassian's Slack integration sets around reindexing on Jira 10.0 and 11.0: on a
// background thread indexing can be off, and a reindex then does nothing (shared/reference/jira-wave2-apis.md §8)
// [confirmed on 10.0/11.0]. Subset; the flag is per thread in Jira, as here.
package com.atlassian.jira.util;

public final class ImportUtils {
    private static final ThreadLocal<Boolean> INDEX_ISSUES = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private ImportUtils() {
    }

    public static boolean isIndexIssues() {
        return INDEX_ISSUES.get();
    }

    public static void setIndexIssues(boolean index) {
        INDEX_ISSUES.set(index);
    }
}
