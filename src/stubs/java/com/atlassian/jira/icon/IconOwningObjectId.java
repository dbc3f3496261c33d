// Source: jira-api com.atlassian.jira.icon.IconOwningObjectId (Jira 7+): constructor IconOwningObjectId(String),
// confirmed by usage in public plugins for Jira 7 to 11. Subset.
package com.atlassian.jira.icon;

public final class IconOwningObjectId {
    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
