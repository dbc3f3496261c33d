package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraLeadNamesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private GroupManager groups;
    @Mock
    private ProjectRoleManager roles;

    @Test
    public void groupExists_shouldAskJiraForTheGroup() {
        when(groups.getGroup("safeguarding-leads")).thenReturn(mock(Group.class));
        JiraLeadNames names = new JiraLeadNames(groups, roles);

        assertThat(names.groupExists("safeguarding-leads"), is(true));
        assertThat(names.groupExists("safeguarding-laeds"), is(false));
    }

    @Test
    public void projectRoleExists_shouldAskJiraForTheRole() {
        when(roles.getProjectRole("Safeguarding lead")).thenReturn(mock(ProjectRole.class));
        JiraLeadNames names = new JiraLeadNames(groups, roles);

        assertThat(names.projectRoleExists("Safeguarding lead"), is(true));
        assertThat(names.projectRoleExists("Safeguarding Lead"), is(false));
    }

    @Test
    public void groupMembers_shouldAskJiraWhoIsInTheGroupByName() {
        ApplicationUser sam = mock(ApplicationUser.class);
        ApplicationUser ann = mock(ApplicationUser.class);
        when(sam.getDisplayName()).thenReturn("Sam Lead");
        when(ann.getDisplayName()).thenReturn("Ann Lead");
        when(groups.getUsersInGroup("safeguarding-leads")).thenReturn(List.of(sam, ann));
        when(groups.getUsersInGroup("empty-leads")).thenReturn(List.of());
        JiraLeadNames names = new JiraLeadNames(groups, roles);

        assertThat(names.groupMembers("safeguarding-leads"), is(List.of("Ann Lead", "Sam Lead")));
        assertThat(names.groupMembers("empty-leads"), is(List.of()));
    }

    @Test
    public void projectRoles_shouldListJirasRolesByName() {
        ProjectRole users = mock(ProjectRole.class);
        ProjectRole leads = mock(ProjectRole.class);
        when(users.getName()).thenReturn("Users");
        when(leads.getName()).thenReturn("Safeguarding lead");
        when(roles.getProjectRoles()).thenReturn(List.of(users, leads));

        assertThat(new JiraLeadNames(groups, roles).projectRoles(), is(List.of("Safeguarding lead", "Users")));
    }

    @Test
    public void projectRoles_shouldBeEmptyWhenThisJiraCannotListThem() {
        when(roles.getProjectRoles()).thenThrow(new NoSuchMethodError("getProjectRoles"));

        assertThat(new JiraLeadNames(groups, roles).projectRoles(), is(List.of()));
    }
}
