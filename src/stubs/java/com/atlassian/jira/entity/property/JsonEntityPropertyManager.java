// Source: jira-api com.atlassian.jira.entity.property.JsonEntityPropertyManager: void deleteByEntity(String, Long), as
// Jira's own issue and comment deletion removes their properties with it (public source via the search tool); the
// interface is confirmed on Jira 10.0 and 11.0 by Atlassian's Slack integration (shared/reference/jira-wave2-apis.md
// §9). Subset.
package com.atlassian.jira.entity.property;

public interface JsonEntityPropertyManager {
    void deleteByEntity(String entityName, Long entityId);
}
