// Source: jira-api com.atlassian.jira.security.PermissionManager: hasPermission(ProjectPermissionKey, Issue,
// ApplicationUser) [confirmed, TPI on Jira 10.3]; shared/reference/jira-platform.md §2.10; hasPermission(
// ProjectPermissionKey, Project, ApplicationUser), its project form since 6.3, as jira-api's source and public plugins
// call it (the search tool) [likely on 10.3 and 11.3]. Subset.
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
