// Source: jira-api com.atlassian.jira.security.roles.ProjectRoleManager, public source read via the search tool:
// getProjectRole(String name) (null when no role has the name); isUserInProjectRole(ApplicationUser, ProjectRole,
// Project), false for a null user, IllegalArgumentException for a null role or project; ProjectRoleActors
// getProjectRoleActors(ProjectRole, Project), as Jira's own DefaultProjectManager lists a project's members;
// Collection<ProjectRole> getProjectRoles(), "Get all the ProjectRoles", and getProjectRole(Long id) (javadoc 6.2.1
// to 8.22.4). Subset.
package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

public interface ProjectRoleManager {
    ProjectRole getProjectRole(String name);

    ProjectRole getProjectRole(Long id);

    Collection<ProjectRole> getProjectRoles();

    boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);

    ProjectRoleActors getProjectRoleActors(ProjectRole projectRole, Project project);
}
