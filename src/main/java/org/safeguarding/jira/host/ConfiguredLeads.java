package org.safeguarding.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.workflow.Leads;

/**
 * Safeguarding leads are the members of the Jira group, and the people in the project role of the case's project,
 * that an admin names in the app's settings (either or both). Until one is named, only Jira administrators can
 * refer, close or reopen: the safe default for records this sensitive.
 */
@Named
public class ConfiguredLeads implements Leads {
    static final String LEAD_GROUP = "org.safeguarding.leads.group";
    static final String LEAD_PROJECT_ROLE = "org.safeguarding.leads.projectRole";

    private final UserManager userManager;
    private final com.atlassian.jira.user.util.UserManager jiraUsers;
    private final ProjectRoleManager projectRoles;
    private final PluginSettingsFactory settingsFactory;

    @Inject
    public ConfiguredLeads(UserManager userManager, com.atlassian.jira.user.util.UserManager jiraUsers,
                           ProjectRoleManager projectRoles, PluginSettingsFactory settingsFactory) {
        this.userManager = userManager;
        this.jiraUsers = jiraUsers;
        this.projectRoles = projectRoles;
        this.settingsFactory = settingsFactory;
    }

    @Override
    public boolean isLead(String userKey, Issue issue) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Optional<String> group = named(settings.get(LEAD_GROUP));
        Optional<String> role = named(settings.get(LEAD_PROJECT_ROLE));
        UserKey user = new UserKey(userKey);
        if (group.isEmpty() && role.isEmpty()) {
            return userManager.isAdmin(user);
        }
        return group.map(name -> userManager.isUserInGroup(user, name)).orElse(false)
                || role.map(name -> inProjectRole(userKey, name, issue)).orElse(false);
    }

    /** A role name that matches no role, or a case without a project, makes nobody a lead. */
    private boolean inProjectRole(String userKey, String roleName, Issue issue) {
        ProjectRole role = projectRoles.getProjectRole(roleName);
        Project project = issue == null ? null : issue.getProjectObject();
        ApplicationUser user = jiraUsers.getUserByKey(userKey);
        return role != null && project != null && user != null
                && projectRoles.isUserInProjectRole(user, role, project);
    }

    private static Optional<String> named(Object setting) {
        return setting instanceof String name && !name.isBlank() ? Optional.of(name.trim()) : Optional.empty();
    }
}
