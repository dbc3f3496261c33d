// Source: jira-api com.atlassian.jira.entity.property.EntityProperty: String getValue(), the property's JSON, as
// Atlassian's own entity-property service and public plugins read it from JsonEntityPropertyManager.get (public source
// via the search tool; shared/reference/jira-wave2-apis.md §9). Subset of the interface.
package com.atlassian.jira.entity.property;

public interface EntityProperty {
    String getValue();
}
