// Source: jira-api com.atlassian.jira.security.roles.ProjectRoleManager, public source read via the search tool:
// getProjectRole(String name) (null when no role has the name); isUserInProjectRole(ApplicationUser, ProjectRole,
// Project), false for a null user, IllegalArgumentException for a null role or project; ProjectRoleActors
// getProjectRoleActors(ProjectRole, Project), as Jira's own DefaultProjectManager lists a project's members. Subset.
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

public interface ProjectRoleManager {
    ProjectRole getProjectRole(String name);

    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);

    ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);
}
