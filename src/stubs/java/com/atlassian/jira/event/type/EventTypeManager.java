// Source: jira-api com.atlassian.jira.event.type.EventTypeManager (@PublicApi): Collection<EventType> getEventTypes(),
// Map<Long, EventType> getEventTypesMap() and void addEventType(EventType), which assigns the id (look it up by name
// afterwards), as its public source (read via the search tool) declares them (shared/reference/jira-wave2-apis.md §3).
// Subset.
package com.atlassian.jira.event.type;

import java.util.Collection;
import java.util.Map;

public interface EventTypeManager {
    Collection<EventType> getEventTypes();

    Map<Long, EventType> getEventTypesMap();

    void addEventType(EventType eventType);
}
