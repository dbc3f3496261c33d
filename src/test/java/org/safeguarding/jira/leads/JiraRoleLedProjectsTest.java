package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.referral.AppSettings;

/** The projects whose named lead role holds the user, as Jira's project roles say: HOME and SG of three. */
public class JiraRoleLedProjectsTest {
    private static final UserKey ALI = new UserKey("ali");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ProjectRoleManager roles;
    @Mock
    private ProjectManager projects;
    @Mock
    private UserManager users;
    @Mock
    private ProjectRole leadRole;
    @Mock
    private ApplicationUser ali;

    private final InMemorySettings settings = new InMemorySettings(new AppSettings(Set.of(), false, false, null,
            "Safeguarding lead", null));

    @Before
    public void setUp() {
        Project sg = project("SG");
        Project home = project("HOME");
        Project other = project("OTHER");
        when(projects.getProjectObjects()).thenReturn(List.of(sg, other, home));
        when(roles.getProjectRole("Safeguarding lead")).thenReturn(leadRole);
        when(users.getUserByKey("ali")).thenReturn(ali);
        when(roles.isUserInProjectRole(ali, leadRole, sg)).thenReturn(true);
        when(roles.isUserInProjectRole(ali, leadRole, home)).thenReturn(true);
    }

    @Test
    public void projectKeys_shouldBeTheProjectsWhoseLeadRoleHoldsTheUserInKeyOrder() {
        assertThat(new JiraRoleLedProjects(settings, roles, projects, users).projectKeys(ALI), contains("HOME", "SG"));
    }

    /** No role named, a role Jira does not have, or nobody by that key: no projects, and nothing asked per project. */
    @Test
    public void projectKeys_shouldBeNoneWithoutANamedRoleJiraHasOrAUserItKnows() {
        JiraRoleLedProjects led = new JiraRoleLedProjects(new InMemorySettings(AppSettings.DEFAULTS), roles, projects,
                users);
        assertThat(led.projectKeys(ALI), is(empty()));

        settings.save(new AppSettings(Set.of(), false, false, null, "Safeguarding leed", null));
        assertThat(new JiraRoleLedProjects(settings, roles, projects, users).projectKeys(ALI), is(empty()));
        assertThat(new JiraRoleLedProjects(settings, roles, projects, users).projectKeys(new UserKey("nobody")),
                is(empty()));
        assertThat(new JiraRoleLedProjects(settings, roles, projects, users).projectKeys(null), is(empty()));
    }

    private static Project project(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        return project;
    }
}
