package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.query.Query;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.TestUser;

/** HELP and HOUSING share an issue type scheme and an issue type screen scheme; HELP has a workflow scheme of its own. */
public class JiraProjectSchemesTest {
    private static final ProjectSchemes.Notifications HELP_NOTIFICATIONS = new ProjectSchemes.Notifications(true,
            "Default Notification Scheme", List.of("Issue Updated"));
    private static final ProjectSchemes.Access HELP_ACCESS = new ProjectSchemes.Access(true, "HELP permissions",
            List.of("project role Developers"), false);
    private static final ProjectSchemes.Security HELP_SECURITY = new ProjectSchemes.Security(
            ProjectSchemes.SecurityKind.NONE, "Safeguarding confidential", true, 0);
    private static final SetupIds IDS = SetupIds.none().withIssueType("10100").withScreenScheme(10200L)
            .withWorkflowScheme(10300L);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ProjectManager projects;
    @Mock
    private IssueTypeManager issueTypeManager;
    @Mock
    private IssueTypeSchemeManager issueTypeSchemes;
    @Mock
    private IssueTypeScreenSchemeManager screenSchemes;
    @Mock
    private WorkflowSchemeManager workflowSchemes;
    @Mock
    private SearchService search;
    @Mock
    private UserManager users;
    @Mock
    private Project help;
    @Mock
    private Project housing;
    @Mock
    private IssueType concern;
    @Mock
    private IssueType task;
    @Mock
    private FieldConfigScheme sharedTypes;
    @Mock
    private FieldConfigScheme defaultTypes;
    @Mock
    private IssueTypeScreenScheme sharedScreens;
    @Mock
    private FieldScreenScheme defaultScreens;
    @Mock
    private AssignableWorkflowScheme helpWorkflows;
    @Mock
    private AssignableWorkflowScheme appWorkflows;
    @Mock
    private AssignableWorkflowScheme jiraDefaultWorkflows;
    @Mock
    private JiraProjectSecurity security;
    @Mock
    private JiraProjectNotifications notifications;
    @Mock
    private JiraProjectAccess access;
    @Mock
    private Query query;
    @Mock
    private MessageSet noErrors;

    private JiraProjectSchemes schemes;

    @Before
    public void setUp() throws Exception {
        project(help, 1L, "HELP", "Drop-in help desk");
        project(housing, 2L, "HOUSING", "Housing");
        when(projects.getProjectObjects()).thenReturn(List.of(help, housing));
        when(concern.getId()).thenReturn("10100");
        when(task.getId()).thenReturn("3");
        when(issueTypeManager.getIssueType("10100")).thenReturn(concern);
        when(issueTypeSchemes.getConfigScheme(any())).thenReturn(sharedTypes);
        when(issueTypeSchemes.getDefaultIssueTypeScheme()).thenReturn(defaultTypes);
        when(sharedTypes.getId()).thenReturn(20L);
        when(sharedTypes.getName()).thenReturn("Shared types");
        when(defaultTypes.getId()).thenReturn(21L);
        when(issueTypeSchemes.getIssueTypesForProject(any())).thenReturn(List.of(task));
        when(screenSchemes.getIssueTypeScreenScheme(any())).thenReturn(sharedScreens);
        when(sharedScreens.getId()).thenReturn(30L);
        when(sharedScreens.getName()).thenReturn("Shared screens");
        when(sharedScreens.getEffectiveFieldScreenScheme(concern)).thenReturn(defaultScreens);
        when(defaultScreens.getId()).thenReturn(1L);
        when(workflowSchemes.getWorkflowSchemeObj(help)).thenReturn(helpWorkflows);
        when(workflowSchemes.isUsingDefaultScheme(housing)).thenReturn(true);
        when(helpWorkflows.getId()).thenReturn(40L);
        when(helpWorkflows.getName()).thenReturn("HELP workflows");
        when(helpWorkflows.getActualWorkflow("10100")).thenReturn("jira");
        when(workflowSchemes.getWorkflowSchemeObj(10300L)).thenReturn(appWorkflows);
        when(workflowSchemes.getDefaultWorkflowScheme()).thenReturn(jiraDefaultWorkflows);
        when(appWorkflows.getActualWorkflow("3")).thenReturn("jira");
        when(jiraDefaultWorkflows.getActualWorkflow("3")).thenReturn("jira");
        ApplicationUser admin = mock(ApplicationUser.class);
        when(users.getUserByKey("admin")).thenReturn(admin);
        when(search.parseQuery(admin, "project = 1 AND issuetype = 10100"))
                .thenReturn(new SearchService.ParseResult(query, noErrors));
        when(search.searchCountOverrideSecurity(admin, query)).thenReturn(0L);
        when(security.read(help, IDS)).thenReturn(HELP_SECURITY);
        when(notifications.read(help)).thenReturn(HELP_NOTIFICATIONS);
        when(access.read(help)).thenReturn(HELP_ACCESS);
        when(task.getName()).thenReturn("Task");
        schemes = new JiraProjectSchemes(projects, issueTypeManager, issueTypeSchemes, screenSchemes, workflowSchemes,
                search, TestUser.worker().admin(), users, security, notifications, access);
    }

    private static void project(Project project, long id, String key, String name) {
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
    }

    @Test
    public void read_shouldSayWhatTheProjectLacksAndWhichProjectsShareEachScheme() {
        ProjectSchemes read = schemes.read(help, IDS);

        assertThat(read.concerns(), is(0L));
        assertThat(read.issueTypes(), is(new ProjectSchemes.IssueTypes("Shared types", false, false,
                List.of("Housing"))));
        assertThat(read.screens(), is(new ProjectSchemes.Screens("Shared screens", false, false, List.of("Housing"),
                List.of(), List.of("Task"))));
        assertThat(read.workflows(), is(new ProjectSchemes.Workflows(ProjectSchemes.SchemeKind.OWN,
                "HELP workflows", false, false, true, List.of(), List.of())));
        assertThat(read.security(), is(HELP_SECURITY));
        assertThat(read.notifications(), is(HELP_NOTIFICATIONS));
        assertThat(read.access(), is(HELP_ACCESS));
    }

    @Test
    public void read_shouldNameTheSharingProjectsThatOfferSafeguardingConcerns() {
        when(issueTypeSchemes.getIssueTypesForProject(housing)).thenReturn(List.of(task, concern));

        assertThat(schemes.read(help, IDS).screens().concernsIn(), contains("Housing"));
    }

    @Test
    public void read_shouldReadEachSharingProjectsIssueTypesOnceForAllItsSchemes() {
        when(workflowSchemes.isUsingDefaultScheme(housing)).thenReturn(false);
        when(workflowSchemes.getWorkflowSchemeObj(housing)).thenReturn(helpWorkflows);
        when(issueTypeSchemes.getIssueTypesForProject(housing)).thenReturn(List.of(task, concern));

        ProjectSchemes read = schemes.read(help, IDS);

        assertThat(read.screens().concernsIn(), contains("Housing"));
        assertThat(read.workflows().concernsIn(), contains("Housing"));
        verify(issueTypeSchemes, times(1)).getIssueTypesForProject(housing);
    }

    @Test
    public void read_shouldKnowTheAppsWorkflowSchemeAndJirasDefault() {
        when(helpWorkflows.getId()).thenReturn(10300L);
        assertThat(schemes.read(help, IDS).workflows().kind(), is(ProjectSchemes.SchemeKind.APP));

        when(workflowSchemes.isUsingDefaultScheme(help)).thenReturn(true);
        ProjectSchemes.Workflows onDefault = schemes.read(help, IDS).workflows();
        assertThat(onDefault.kind(), is(ProjectSchemes.SchemeKind.JIRA_DEFAULT));
        assertThat(onDefault.alsoUsedBy(), is(empty()));
    }

    @Test
    public void read_shouldSayASwitchOfWorkflowSchemeWouldMoveAnotherIssueTypeWhenTheSchemesDiffer() {
        when(appWorkflows.getActualWorkflow("3")).thenReturn("Task workflow");

        assertThat(schemes.read(help, IDS).workflows().switchKeepsOtherWorkflows(), is(false));
    }

    @Test
    public void read_shouldCountConcernsAsUnknownWhenJiraCannotSearch() throws Exception {
        when(search.searchCountOverrideSecurity(any(), any())).thenThrow(new SearchException("index closed"));

        assertThat(schemes.read(help, IDS).concerns(), is(JiraProjectSchemes.UNKNOWN));
    }

    @Test
    public void read_shouldCountConcernsAsUnknownWhenJiraRefusesTheQuery() {
        when(noErrors.hasAnyErrors()).thenReturn(true);

        assertThat(schemes.read(help, IDS).concerns(), is(JiraProjectSchemes.UNKNOWN));
    }
}
