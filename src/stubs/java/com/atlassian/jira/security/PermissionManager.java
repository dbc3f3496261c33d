// Source: jira-api com.atlassian.jira.security.PermissionManager: hasPermission(ProjectPermissionKey, Issue,
// ApplicationUser) [confirmed, TPI on Jira 10.3]; shared/reference/jira-platform.md §2.10. Subset.
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
