// Source: jira-api com.atlassian.jira.entity.property.JsonEntityPropertyManager: EntityProperty get(String, Long,
// String) and void put(String, Long, String, String), confirmed on Jira 10.0 and 11.0 by Atlassian's Slack integration
// (storage/json/JsonStore.java; shared/reference/jira-wave2-apis.md §9); void deleteByEntity(String, Long), as Jira's own
// issue and comment deletion removes their properties with it (public source via the search tool); void delete(String,
// Long, String), confirmed on 10.0/11.0 by the same Slack integration (JsonStore.java, deleting a key). Subset.
package com.atlassian.jira.entity.property;

public interface JsonEntityPropertyManager {
    /** @return the property, or null when the entity has none under the key */
    EntityProperty get(String entityName, Long entityId, String key);

    void put(String entityName, Long entityId, String key, String json);

    void deleteByEntity(String entityName, Long entityId);

    void delete(String entityName, Long entityId, String key);
}
