// Source: jira-api com.atlassian.jira.issue.status.category.StatusCategory, public source read via the search tool:
// the keys TO_DO = "new", IN_PROGRESS = "indeterminate", COMPLETE = "done". Subset.
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    String getKey();
}
