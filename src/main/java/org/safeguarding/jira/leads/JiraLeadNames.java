package org.safeguarding.jira.leads;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.referral.StaffMember;

/** Asks Jira whether a group or project role exists, and who is in a group. */
@Named
public class JiraLeadNames implements LeadNames {
    private final GroupManager groups;
    private final ProjectRoleManager projectRoles;

    @Inject
    public JiraLeadNames(GroupManager groups, ProjectRoleManager projectRoles) {
        this.groups = groups;
        this.projectRoles = projectRoles;
    }

    @Override
    public boolean groupExists(String name) {
        return groups.getGroup(name) != null;
    }

    @Override
    public List<String> groupMembers(String name) {
        return groups.getUsersInGroup(name).stream().map(ApplicationUser::getDisplayName).sorted().toList();
    }

    @Override
    public List<StaffMember> people(String name) {
        return groups.getUsersInGroup(name).stream().map(user -> new StaffMember(user.getKey(),
                user.getDisplayName())).toList();
    }

    @Override
    public List<String> projectRoles() {
        try {
            return projectRoles.getProjectRoles().stream().map(ProjectRole::getName).sorted().toList();
        } catch (LinkageError lacking) {
            // The self-check names what this Jira lacks; the settings then take the role's name typed.
            return List.of();
        }
    }

    @Override
    public boolean projectRoleExists(String name) {
        return projectRoles.getProjectRole(name) != null;
    }
}
