package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.PropertiesTexts;

public class JiraProjectAccessTest {
    private static final Scheme PERMISSIONS = new Scheme(10000L, "PermissionScheme", "Default Permission Scheme", "",
            List.of());

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private PermissionSchemeManager schemes;
    @Mock
    private ProjectRoleManager roles;
    @Mock
    private Project help;

    private JiraProjectAccess access;

    @Before
    public void setUp() {
        access = new JiraProjectAccess(schemes, new Holders(new PropertiesTexts(), roles));
        when(schemes.getSchemeFor(help)).thenReturn(PERMISSIONS);
    }

    @Test
    public void read_shouldSayInWordsWhoMayBrowseTheProject() {
        ProjectRole leads = mock(ProjectRole.class);
        when(leads.getName()).thenReturn("Safeguarding lead");
        when(roles.getProjectRole(10002L)).thenReturn(leads);
        grants(grant("projectrole", "10002"), grant("group", "safeguarding-team"), grant("reporter", null),
                grant("lead", null), grant("userCF", "customfield_10500"));

        assertThat(access.read(help), is(new ProjectSchemes.Access(true, "Default Permission Scheme", List.of(
                "project role Safeguarding lead", "group safeguarding-team", "the issue's reporter", "the project lead",
                "the people or groups in the field customfield_10500"), false)));
    }

    @Test
    public void read_shouldFindThatAnyoneLoggedInMayBrowseTheProject() {
        grants(grant("applicationRole", null), grant("projectrole", "10002"));

        ProjectSchemes.Access read = access.read(help);

        assertThat(read.everyone(), is(true));
        assertThat(read.browsers(), is(List.of("anyone logged in", "project role 10002")));
    }

    @Test
    public void read_shouldFindThatAnyoneAtAllMayBrowseTheProject() {
        grants(grant("group", null));

        ProjectSchemes.Access read = access.read(help);

        assertThat(read.everyone(), is(true));
        assertThat(read.browsers(), is(List.of("anyone, without logging in")));
    }

    @Test
    public void read_shouldSayItCouldNotTellOnAJiraWithoutThePermissionSchemeApi() {
        when(schemes.getPermissionSchemeEntries(PERMISSIONS, ProjectPermissions.BROWSE_PROJECTS))
                .thenThrow(new NoSuchMethodError("getPermissionSchemeEntries"));

        assertThat(access.read(help), is(ProjectSchemes.Access.UNKNOWN));
    }

    @Test
    public void read_shouldSayItCouldNotTellWhenTheProjectHasNoPermissionScheme() {
        when(schemes.getSchemeFor(help)).thenReturn(null);

        assertThat(access.read(help), is(ProjectSchemes.Access.UNKNOWN));
    }

    private void grants(PermissionSchemeEntry... entries) {
        when(schemes.getPermissionSchemeEntries(PERMISSIONS, ProjectPermissions.BROWSE_PROJECTS))
                .thenReturn(List.of(entries));
    }

    private static PermissionSchemeEntry grant(String type, String parameter) {
        PermissionSchemeEntry entry = mock(PermissionSchemeEntry.class);
        when(entry.getType()).thenReturn(type);
        when(entry.getParameter()).thenReturn(parameter);
        return entry;
    }
}
