package org.safeguarding.jira.host;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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

public class SalLeadsTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;
    @Mock
    private PluginSettingsFactory settingsFactory;
    @Mock
    private PluginSettings settings;

    private SalLeads leads;

    @Before
    public void setUp() {
        when(settingsFactory.createGlobalSettings()).thenReturn(settings);
        leads = new SalLeads(userManager, settingsFactory);
    }

    @Test
    public void isLead_shouldMeanAMemberOfTheNamedGroup() {
        when(settings.get(SalLeads.LEAD_GROUP)).thenReturn("safeguarding-leads");
        when(userManager.isUserInGroup(new UserKey("amira"), "safeguarding-leads")).thenReturn(true);

        assertThat(leads.isLead("amira"), is(true));
        assertThat(leads.isLead("sam"), is(false));
        verify(userManager, never()).isAdmin(any());
    }

    @Test
    public void isLead_shouldMeanAJiraAdministratorUntilAGroupIsNamed() {
        when(userManager.isAdmin(new UserKey("admin"))).thenReturn(true);

        assertThat(leads.isLead("admin"), is(true));
        assertThat(leads.isLead("sam"), is(false));
        verify(userManager, never()).isUserInGroup(any(), anyString());
    }

    @Test
    public void isLead_shouldIgnoreABlankGroupName() {
        when(settings.get(SalLeads.LEAD_GROUP)).thenReturn("  ");

        assertThat(leads.isLead("sam"), is(false));
        verify(userManager).isAdmin(new UserKey("sam"));
        verify(userManager, never()).isUserInGroup(any(), anyString());
    }
}
