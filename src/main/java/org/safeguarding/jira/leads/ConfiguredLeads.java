package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.Leads;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.referral.AppSettings;

/**
 * Safeguarding leads are the members of the Jira group, and the people in the project role of the case's project,
 * that an admin names in the app's settings (either or both). Until one is named, only Jira administrators can
 * refer, close or reopen: the safe default for records this sensitive.
 */
@Named
public class ConfiguredLeads implements Leads {
    private final UserManager userManager;
    private final com.atlassian.jira.user.util.UserManager jiraUsers;
    private final ProjectRoleManager projectRoles;
    private final GroupManager groups;
    private final SettingsStore settings;

    @Inject
    public ConfiguredLeads(UserManager userManager, com.atlassian.jira.user.util.UserManager jiraUsers,
                           ProjectRoleManager projectRoles, GroupManager groups, SettingsStore settings) {
        this.userManager = userManager;
        this.jiraUsers = jiraUsers;
        this.projectRoles = projectRoles;
        this.groups = groups;
        this.settings = settings;
    }

    /**
     * The case's safeguarding leads who can be told something: the named group's members and the named project role's
     * members in the case's project, active, with an e-mail address. None until the organisation names a group or a
     * role (Jira administrators stand in as leads then, but are not written to on a case's behalf).
     */
    public Set<ApplicationUser> leadsToTell(Issue issue) {
        AppSettings named = settings.read();
        return leadsToTell(named.leadGroup(), named.leadProjectRole(), issue.getProjectObject());
    }

    /**
     * The same for a project's cases, by the group and role named (null for none); a case without a project has the
     * group's alone.
     */
    Set<ApplicationUser> leadsToTell(String group, String roleName, Project project) {
        Set<ApplicationUser> leads = new LinkedHashSet<>();
        Optional.ofNullable(group).ifPresent(name -> leads.addAll(groups.getUsersInGroup(name)));
        Optional.ofNullable(roleName).map(projectRoles::getProjectRole)
                .filter(role -> project != null)
                .ifPresent(role -> leads.addAll(projectRoles.getProjectRoleActors(role, project)
                        .getApplicationUsers()));
        leads.removeIf(lead -> !lead.isActive() || lead.getEmailAddress() == null || lead.getEmailAddress().isBlank());
        return leads;
    }

    @Override
    public boolean isLead(String userKey, Issue issue) {
        return isLead(userKey, issue, settings.read());
    }

    @Override
    public boolean isLead(String userKey, Issue issue, AppSettings named) {
        Optional<String> group = Optional.ofNullable(named.leadGroup());
        Optional<String> role = Optional.ofNullable(named.leadProjectRole());
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
}
