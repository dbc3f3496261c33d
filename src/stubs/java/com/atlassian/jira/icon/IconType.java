// Source: jira-api com.atlassian.jira.icon.IconType (Jira 7+): the constant ISSUE_TYPE_ICON_TYPE, confirmed by usage
// in public plugins for Jira 7 to 11. Subset.
package com.atlassian.jira.icon;

public final class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
