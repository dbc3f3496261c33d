package org.safeguarding.jira.leads;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.SettingsStore;

/**
 * The projects whose lead project role, as the settings name it, holds the user, asked of Jira's project roles per
 * project (the role's members may be people or groups; Jira resolves both). Asked only when a lead named by role
 * opens a page for their own projects, so its cost in projects is paid on that page alone.
 */
@Named
public class JiraRoleLedProjects implements RoleLedProjects {
    private final SettingsStore settings;
    private final ProjectRoleManager roles;
    private final ProjectManager projects;
    private final UserManager users;

    @Inject
    public JiraRoleLedProjects(SettingsStore settings, ProjectRoleManager roles, ProjectManager projects,
                               UserManager users) {
        this.settings = settings;
        this.roles = roles;
        this.projects = projects;
        this.users = users;
    }

    @Override
    public List<String> projectKeys(UserKey user) {
        Optional<ProjectRole> role = Optional.ofNullable(settings.read().leadProjectRole()).map(roles::getProjectRole);
        ApplicationUser person = user == null ? null : users.getUserByKey(user.getStringValue());
        if (role.isEmpty() || person == null) {
            return List.of();
        }
        return projects.getProjectObjects().stream()
                .filter(project -> roles.isUserInProjectRole(person, role.get(), project))
                .map(Project::getKey).sorted().toList();
    }
}
