// Source: com.atlassian.event.api.EventPublisher (atlassian-event, which Jira exports to plugins): register(Object)
// and unregister(Object), as public Jira plugins register their @EventListener classes (the search tool). Subset.
package com.atlassian.event.api;

public interface EventPublisher {
    void register(Object listener);

    void unregister(Object listener);
}
