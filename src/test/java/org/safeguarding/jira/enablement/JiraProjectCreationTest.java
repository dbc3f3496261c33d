package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.bc.project.ProjectService;
import com.atlassian.jira.bc.project.ProjectService.CreateProjectValidationResult;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectCreationData;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.EnablementPlan.Reason;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.platform.SetupLock;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.AppSettings;

public class JiraProjectCreationTest {
    private static final SetupIds IDS = JiraProjectEnablementTest.IDS;
    private static final AppSettings LEADS_BY_GROUP = new AppSettings(Set.of(), false, false, "safeguarding-leads",
            null, null);
    private static final NewProject SAFE = new NewProject("SAFE", "Safeguarding", "jsmith", "front-line");
    private static final EnablementPlan ENABLED = new EnablementPlan("SAFE", "Safeguarding", Action.ENABLE,
            List.of(new EnablementPlan.Step(EnablementPlan.Change.SWITCH_TO_APP_WORKFLOW_SCHEME, "Default", "")),
            List.of(), List.of());

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ProjectService projectService;
    @Mock
    private UserManager users;
    @Mock
    private SetupStore setupStore;
    @Mock
    private SettingsStore settings;
    @Mock
    private LeadNames leadNames;
    @Mock
    private ProjectRoleManager roles;
    @Mock
    private NewProjectSchemes schemes;
    @Mock
    private JiraProjectNotifications notifications;
    @Mock
    private ProjectEnablement enablement;
    @Mock
    private ClusterLockService locks;
    @Mock
    private ClusterLock lock;
    @Mock
    private ApplicationUser admin;
    @Mock
    private ApplicationUser jsmith;
    @Mock
    private Project made;
    @Mock
    private ErrorCollection noErrors;

    private JiraProjectCreation creation;

    @Before
    public void setUp() throws Exception {
        when(setupStore.load()).thenReturn(IDS);
        when(settings.read()).thenReturn(LEADS_BY_GROUP);
        when(users.getUserByKey("admin")).thenReturn(admin);
        when(users.getUserByName("jsmith")).thenReturn(jsmith);
        when(leadNames.groupExists("front-line")).thenReturn(true);
        when(locks.getLockForName(any())).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        when(projectService.validateCreateProject(any(), any())).thenReturn(
                new CreateProjectValidationResult(noErrors));
        when(projectService.createProject(any())).thenReturn(made);
        when(made.getKey()).thenReturn("SAFE");
        when(schemes.issueTypes(any(), any())).thenReturn(Optional.empty());
        when(schemes.screens(any(), any())).thenReturn(Optional.empty());
        when(schemes.permissions(any(), any())).thenReturn(Optional.empty());
        when(notifications.stop(any())).thenReturn(Optional.empty());
        when(enablement.apply("SAFE", Action.ENABLE)).thenReturn(Optional.of(ENABLED));
        creation = new JiraProjectCreation(projectService, users, TestUser.worker().admin(), setupStore, settings,
                leadNames, roles, schemes, notifications, enablement, new SetupLock(locks));
    }

    @Test
    public void create_shouldMakeTheProjectWithSchemesOfItsOwnAndNoEmailsThenEnableIt() {
        Creation created = creation.create(SAFE);

        assertThat(created.isMade(), is(true));
        assertThat(created.enabled(), is(ENABLED));
        assertThat(created.unfinished(), is(empty()));
        ArgumentCaptor<ProjectCreationData> asked = ArgumentCaptor.forClass(ProjectCreationData.class);
        verify(projectService).validateCreateProject(eq(admin), asked.capture());
        assertThat(asked.getValue().getKey() + " " + asked.getValue().getName(), is("SAFE Safeguarding"));
        assertThat(asked.getValue().getLead(), is(jsmith));
        InOrder order = inOrder(schemes, notifications, enablement, lock);
        order.verify(schemes).issueTypes(made, IDS);
        order.verify(schemes).screens(made, IDS);
        order.verify(schemes).permissions(made, ProjectGrants.of("safeguarding-leads", null, "front-line"));
        order.verify(notifications).stop(made);
        // Enable takes the set-up lock itself: the project is made holding it, and enabled once it is let go.
        order.verify(lock).unlock();
        order.verify(enablement).apply("SAFE", Action.ENABLE);
    }

    @Test
    public void create_shouldLeadTheProjectByTheAdminAskingWhenNoLeadIsGiven() {
        creation.create(new NewProject("SAFE", "Safeguarding", null, "front-line"));

        ArgumentCaptor<ProjectCreationData> asked = ArgumentCaptor.forClass(ProjectCreationData.class);
        verify(projectService).validateCreateProject(any(), asked.capture());
        assertThat(asked.getValue().getLead(), is(admin));
    }

    @Test
    public void create_shouldMakeNothingBeforeSetUpFinishes() {
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));

        Creation refused = creation.create(SAFE);

        assertThat(refused.reasons().stream().map(Reason::messageKey).toList(),
                contains("safeguarding.enablement.reason.not-set-up"));
        verifyNoInteractions(projectService, schemes, enablement);
    }

    @Test
    public void create_shouldMakeNothingUntilTheLeadsAreNamed() {
        when(settings.read()).thenReturn(new AppSettings(Set.of(), false, false, null, null, null));

        Creation refused = creation.create(SAFE);

        assertThat(refused.reasons().stream().map(Reason::messageKey).toList(),
                contains("safeguarding.enablement.reason.name-leads-first"));
        verifyNoInteractions(projectService, schemes);
    }

    @Test
    public void create_shouldNameAnUnknownLeadAndGroupBesideTheirFields() {
        Creation refused = creation.create(new NewProject("SAFE", "Safeguarding", "nobody", "no-group"));

        assertThat(refused.problems().stream().map(problem -> problem.field() + " " + problem.messageKey()).toList(),
                contains("lead safeguarding.error.new-project.no-such-user",
                        "raisers safeguarding.error.new-project.no-such-group"));
        verifyNoInteractions(projectService);
    }

    @Test
    public void create_shouldGiveJirasOwnWordsBesideTheFieldJiraRefused() {
        ErrorCollection refusedByJira = mock(ErrorCollection.class);
        when(refusedByJira.hasAnyErrors()).thenReturn(true);
        when(refusedByJira.getErrors()).thenReturn(Map.of("projectKey", "Project 'Housing' uses this project key."));
        when(refusedByJira.getErrorMessages()).thenReturn(List.of("You do not have permission."));
        when(projectService.validateCreateProject(any(), any())).thenReturn(
                new CreateProjectValidationResult(refusedByJira));

        Creation refused = creation.create(SAFE);

        assertThat(refused.problems(), contains(
                FieldError.of("key", "safeguarding.error.new-project.jira-says",
                        "Project 'Housing' uses this project key."),
                FieldError.of(null, "safeguarding.error.new-project.jira-says", "You do not have permission.")));
        verify(projectService, never()).createProject(any());
        verifyNoInteractions(schemes, enablement);
    }

    @Test
    public void create_shouldSayNothingWasMadeWhenJiraFailsToMakeTheProject() {
        when(projectService.createProject(any())).thenThrow(new IllegalStateException("database"));

        Creation refused = creation.create(SAFE);

        assertThat(refused.isMade(), is(false));
        assertThat(refused.reasons().get(0).messageKey(), is("safeguarding.new-project.not-made"));
        verifyNoInteractions(schemes, enablement);
    }

    @Test
    public void create_shouldGoOnAndTellTheAdminWhatIsLeftWhenJiraRefusesAPart() {
        Reason permissions = new Reason("safeguarding.new-project.unfinished.permissions-not-set", List.of("SAFE"));
        Reason emails = new Reason("safeguarding.enablement.reason.emails-not-stopped", List.of());
        when(schemes.permissions(any(), any())).thenReturn(Optional.of(permissions));
        when(notifications.stop(any())).thenReturn(Optional.of(emails));

        Creation created = creation.create(SAFE);

        assertThat(created.isMade(), is(true));
        assertThat(created.unfinished(), contains(permissions, emails));
        verify(enablement).apply("SAFE", Action.ENABLE);
    }

    @Test
    public void create_shouldGrantTheLeadsRoleAndSayToAddItsMembersWhenLeadsAreNamedByRole() {
        ProjectRole leadsRole = mock(ProjectRole.class);
        when(leadsRole.getId()).thenReturn(10002L);
        when(roles.getProjectRole("Safeguarding lead")).thenReturn(leadsRole);
        when(settings.read()).thenReturn(new AppSettings(Set.of(), false, false, null, "Safeguarding lead", null));

        Creation created = creation.create(SAFE);

        verify(schemes).permissions(made, ProjectGrants.of(null, "10002", "front-line"));
        assertThat(created.unfinished(), contains(new Reason("safeguarding.new-project.add-role-members",
                List.of("Safeguarding lead", "SAFE"))));
    }

    @Test
    public void create_shouldMakeNothingWhileAnotherNodeHoldsTheSetUpLock() throws Exception {
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);

        Creation refused = creation.create(SAFE);

        assertThat(refused.reasons().stream().map(Reason::messageKey).toList(),
                contains("safeguarding.enablement.reason.busy"));
        verifyNoInteractions(projectService, enablement);
    }
}
