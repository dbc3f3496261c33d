package org.safeguarding.jira.host;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

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
        leads = new ConfiguredLeads(userManager, jiraUsers, projectRoles, new PluginSettingsAppSettings(settingsFactory));
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
