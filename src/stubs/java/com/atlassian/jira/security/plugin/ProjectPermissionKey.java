// Source: jira-api com.atlassian.jira.security.plugin.ProjectPermissionKey (imported by ProjectPermissions, MYSRC
// 6.3): a key object built from a String. Subset.
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }
}
