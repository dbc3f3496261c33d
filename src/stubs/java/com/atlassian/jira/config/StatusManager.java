// Source: jira-api com.atlassian.jira.config.StatusManager (@PublicApi since 5.0; the four-argument createStatus
// since 6.1), public source read via the search tool; Jira's own StatusManagerImpl and public plugins call these.
// Subset.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Collection;

public interface StatusManager {
    Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory);

    Collection<Status> getStatuses();

    Status getStatus(String id);
}
