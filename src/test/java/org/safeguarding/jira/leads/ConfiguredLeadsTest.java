package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleActors;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.PluginSettingsAppSettings;

public class ConfiguredLeadsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private com.atlassian.jira.user.util.UserManager jiraUsers;
    @Mock
    private ProjectRoleManager projectRoles;
    @Mock
    private GroupManager groups;
    @Mock
    private PluginSettingsFactory settingsFactory;
    @Mock
    private PluginSettings settings;
    @Mock
    private Issue issue;
    @Mock
    private Project project;
    @Mock
    private ProjectRole leadRole;
    @Mock
    private ApplicationUser amira;

    private ConfiguredLeads leads;

    @Before
    public void setUp() {
        when(settingsFactory.createGlobalSettings()).thenReturn(settings);
        when(issue.getProjectObject()).thenReturn(project);
        when(jiraUsers.getUserByKey("amira")).thenReturn(amira);
        leads = new ConfiguredLeads(userManager, jiraUsers, projectRoles, groups,
                new PluginSettingsAppSettings(settingsFactory));
    }

    @Test
    public void leadsToTell_shouldBeTheGroupAndTheProjectRolesActiveMembersWithAnEmailAddress() {
        when(settings.get(PluginSettingsAppSettings.LEAD_GROUP)).thenReturn("safeguarding-leads");
        when(settings.get(PluginSettingsAppSettings.LEAD_PROJECT_ROLE)).thenReturn("Safeguarding lead");
        when(projectRoles.getProjectRole("Safeguarding lead")).thenReturn(leadRole);
        ApplicationUser left = user(false, "left@example.org");
        ApplicationUser noAddress = user(true, " ");
        ApplicationUser sam = user(true, "sam@example.org");
        when(amira.isActive()).thenReturn(true);
        when(amira.getEmailAddress()).thenReturn("amira@example.org");
        when(groups.getUsersInGroup("safeguarding-leads")).thenReturn(List.of(amira, left, noAddress));
        ProjectRoleActors actors = mock(ProjectRoleActors.class);
        when(actors.getApplicationUsers()).thenReturn(Set.of(sam, amira));
        when(projectRoles.getProjectRoleActors(leadRole, project)).thenReturn(actors);

        assertThat(leads.leadsToTell(issue), is(Set.of(amira, sam)));
    }

    @Test
    public void leadsToTell_shouldTellEachOfTheGroupAndTheRoleThoughNobodyIsInBoth() {
        when(settings.get(PluginSettingsAppSettings.LEAD_GROUP)).thenReturn("safeguarding-leads");
        when(settings.get(PluginSettingsAppSettings.LEAD_PROJECT_ROLE)).thenReturn("Safeguarding lead");
        when(projectRoles.getProjectRole("Safeguarding lead")).thenReturn(leadRole);
        ApplicationUser onlyInTheGroup = user(true, "ola@example.org");
        ApplicationUser onlyInTheRole = user(true, "sam@example.org");
        when(groups.getUsersInGroup("safeguarding-leads")).thenReturn(List.of(onlyInTheGroup));
        ProjectRoleActors actors = mock(ProjectRoleActors.class);
        when(actors.getApplicationUsers()).thenReturn(Set.of(onlyInTheRole));
        when(projectRoles.getProjectRoleActors(leadRole, project)).thenReturn(actors);

        assertThat(leads.leadsToTell(issue), is(Set.of(onlyInTheGroup, onlyInTheRole)));
    }

    @Test
    public void leadsToTell_shouldTellTheGroupWhenNoRoleIsNamed() {
        when(settings.get(PluginSettingsAppSettings.LEAD_GROUP)).thenReturn("safeguarding-leads");
        ApplicationUser ola = user(true, "ola@example.org");
        when(groups.getUsersInGroup("safeguarding-leads")).thenReturn(List.of(ola));

        assertThat(leads.leadsToTell(issue), is(Set.of(ola)));
    }

    @Test
    public void leadsToTell_shouldBeNobodyUntilLeadsAreNamed() {
        assertThat(leads.leadsToTell(issue), is(Set.of()));
    }

    private static ApplicationUser user(boolean active, String emailAddress) {
        ApplicationUser user = mock(ApplicationUser.class);
        lenient().when(user.isActive()).thenReturn(active);
        lenient().when(user.getEmailAddress()).thenReturn(emailAddress);
        return user;
    }

    @Test
    public void isLead_shouldMeanAMemberOfTheNamedGroup() {
        when(settings.get(PluginSettingsAppSettings.LEAD_GROUP)).thenReturn("safeguarding-leads");
        when(userManager.isUserInGroup(new UserKey("amira"), "safeguarding-leads")).thenReturn(true);

        assertThat(leads.isLead("amira", issue), is(true));
        assertThat(leads.isLead("sam", issue), is(false));
        verify(userManager, never()).isAdmin(any());
    }

    @Test
    public void isLead_shouldMeanSomeoneInTheNamedRoleOfTheCasesProject() {
        when(settings.get(PluginSettingsAppSettings.LEAD_PROJECT_ROLE)).thenReturn("Safeguarding lead");
        when(projectRoles.getProjectRole("Safeguarding lead")).thenReturn(leadRole);
        when(projectRoles.isUserInProjectRole(amira, leadRole, project)).thenReturn(true);

        assertThat(leads.isLead("amira", issue), is(true));
        assertThat(leads.isLead("sam", issue), is(false));
    }

    @Test
    public void isLead_shouldAcceptEitherTheGroupOrTheRoleWhenBothAreNamed() {
        when(settings.get(PluginSettingsAppSettings.LEAD_GROUP)).thenReturn("safeguarding-leads");
        when(settings.get(PluginSettingsAppSettings.LEAD_PROJECT_ROLE)).thenReturn("Safeguarding lead");
        when(projectRoles.getProjectRole("Safeguarding lead")).thenReturn(leadRole);
        when(projectRoles.isUserInProjectRole(amira, leadRole, project)).thenReturn(true);

        assertThat(leads.isLead("amira", issue), is(true));
    }

    @Test
    public void isLead_shouldMakeNobodyALeadThroughARoleThatDoesNotExistOrACaseWithoutAProject() {
        when(settings.get(PluginSettingsAppSettings.LEAD_PROJECT_ROLE)).thenReturn("Safeguarding lead");

        assertThat(leads.isLead("amira", issue), is(false));
        assertThat(leads.isLead("amira", null), is(false));
        verify(projectRoles, never()).isUserInProjectRole(any(), any(), any());
        verify(userManager, never()).isAdmin(any());
    }

    @Test
    public void isLead_shouldMeanAJiraAdministratorUntilAGroupOrRoleIsNamed() {
        when(userManager.isAdmin(new UserKey("admin"))).thenReturn(true);

        assertThat(leads.isLead("admin", issue), is(true));
        assertThat(leads.isLead("sam", issue), is(false));
        verify(userManager, never()).isUserInGroup(any(), anyString());
    }

    @Test
    public void isLead_shouldIgnoreBlankNames() {
        when(settings.get(PluginSettingsAppSettings.LEAD_GROUP)).thenReturn("  ");
        when(settings.get(PluginSettingsAppSettings.LEAD_PROJECT_ROLE)).thenReturn("");

        assertThat(leads.isLead("sam", issue), is(false));
        verify(userManager).isAdmin(new UserKey("sam"));
    }
}
