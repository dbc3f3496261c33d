// Source: jira-api com.atlassian.jira.permission.ProjectPermissions (@since 6.2.5, public source via the search
// tool): public static final ProjectPermissionKey BROWSE_PROJECTS and CREATE_ISSUES. Subset.
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey CREATE_ISSUES = new ProjectPermissionKey("CREATE_ISSUES");
}
