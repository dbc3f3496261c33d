// Source: jira-api com.atlassian.jira.config.StatusCategoryManager (since 6.1), public source read via the search
// tool: getStatusCategoryByKey returns null when no category has the key. Subset.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface StatusCategoryManager {
    StatusCategory getStatusCategoryByKey(String key);
}
