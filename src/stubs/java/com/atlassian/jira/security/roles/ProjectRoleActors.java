// Source: jira-api com.atlassian.jira.security.roles.ProjectRoleActors: Set<ApplicationUser> getApplicationUsers(), as
// Jira's own DefaultProjectManager collects a project's members with ProjectRoleManager.getProjectRoleActors (public
// source via the search tool) [likely]. Subset.
package com.atlassian.jira.security.roles;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Set;

public interface ProjectRoleActors {
    Set<ApplicationUser> getApplicationUsers();
}
