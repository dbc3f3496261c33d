package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.ProjectSchemes.IssueTypes;
import org.safeguarding.jira.enablement.ProjectSchemes.SchemeKind;
import org.safeguarding.jira.enablement.ProjectSchemes.Screens;
import org.safeguarding.jira.enablement.ProjectSchemes.Workflows;
import org.safeguarding.jira.platform.SetupLock;

public class JiraProjectEnablementTest {
    /** A finished set-up, as the other tests of making projects ready use it too. */
    static final SetupIds IDS = SetupIds.none().withIssueType("10100").withScreenScheme(10200L)
            .withWorkflowScheme(10300L).withSecurityScheme(30L).withSecurityLevel(40L);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ProjectManager projects;
    @Mock
    private JiraProjectSchemes schemes;
    @Mock
    private SetupStore setupStore;
    @Mock
    private IssueTypeSchemeManager issueTypeSchemes;
    @Mock
    private IssueTypeScreenSchemeManager screenSchemes;
    @Mock
    private FieldScreenSchemeManager fieldScreenSchemes;
    @Mock
    private WorkflowSchemeManager workflowSchemes;
    @Mock
    private IssueSecuritySchemeManager securitySchemes;
    @Mock
    private JiraProjectNotifications notifications;
    @Mock
    private ClusterLockService locks;
    @Mock
    private ClusterLock lock;
    @Mock
    private Project help;
    @Mock
    private IssueType task;
    @Mock
    private FieldConfigScheme types;
    @Mock
    private IssueTypeScreenScheme screens;
    @Mock
    private FieldScreenScheme caseScreens;
    @Mock
    private AssignableWorkflowScheme workflows;
    @Mock(answer = Answers.RETURNS_SELF)
    private AssignableWorkflowScheme.Builder builder;
    @Mock
    private AssignableWorkflowScheme changedWorkflows;

    @Mock
    private SharedFilters sharedFilters;

    private JiraProjectEnablement enablement;

    @Before
    public void setUp() throws Exception {
        when(setupStore.load()).thenReturn(IDS);
        when(locks.getLockForName(any())).thenReturn(lock);
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        when(projects.getProjectObjByKey("HELP")).thenReturn(help);
        when(task.getId()).thenReturn("3");
        when(issueTypeSchemes.getConfigScheme(help)).thenReturn(types);
        when(screenSchemes.getIssueTypeScreenScheme(help)).thenReturn(screens);
        when(fieldScreenSchemes.getFieldScreenScheme(10200L)).thenReturn(caseScreens);
        when(workflowSchemes.getWorkflowSchemeObj(help)).thenReturn(workflows);
        when(workflows.builder()).thenReturn(builder);
        when(builder.build()).thenReturn(changedWorkflows);
        enablement = new JiraProjectEnablement(projects, schemes, setupStore, issueTypeSchemes, screenSchemes,
                fieldScreenSchemes, workflowSchemes, new IssueTypeEntries(screenSchemes, fieldScreenSchemes,
                mock(ConstantsManager.class)), securitySchemes, notifications, sharedFilters, new SetupLock(locks));
    }

    private void helpReads(long concerns, IssueTypes issueTypes, Screens screensRead, Workflows workflowsRead) {
        helpReads(concerns, issueTypes, screensRead, workflowsRead, new ProjectSchemes.Security(
                ProjectSchemes.SecurityKind.OTHER, "HELP security", true, 0));
    }

    private void helpReads(long concerns, IssueTypes issueTypes, Screens screensRead, Workflows workflowsRead,
                           ProjectSchemes.Security security) {
        helpReads(concerns, issueTypes, screensRead, workflowsRead, security, new ProjectSchemes.Notifications(true,
                "Default Notification Scheme", List.of("Issue Updated")));
    }

    private void helpReads(long concerns, IssueTypes issueTypes, Screens screensRead, Workflows workflowsRead,
                           ProjectSchemes.Security security, ProjectSchemes.Notifications notificationsRead) {
        when(schemes.read(help, IDS)).thenReturn(new ProjectSchemes("HELP", "Drop-in help desk", concerns,
                issueTypes, screensRead, workflowsRead, security, notificationsRead));
    }

    @Test
    public void apply_shouldOfferTheIssueTypeGiveItTheCaseScreensAndMapTheReferralWorkflow() {
        helpReads(0, new IssueTypes("HELP types", false, false, List.of()),
                new Screens("HELP screens", false, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", false, false, true, List.of(), List.of()));
        when(issueTypeSchemes.getIssueTypesForProject(help)).thenReturn(List.of(task));
        when(screens.containsEntity("10100")).thenReturn(true);

        EnablementPlan plan = enablement.apply("HELP", Action.ENABLE).orElseThrow();

        assertThat(plan.steps().size(), is(3));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<String>> offered = ArgumentCaptor.forClass(Collection.class);
        verify(issueTypeSchemes).update(any(), offered.capture());
        assertThat(offered.getValue(), containsInAnyOrder("3", "10100"));
        InOrder screenOrder = inOrder(screens);
        screenOrder.verify(screens).removeEntity("10100");
        ArgumentCaptor<IssueTypeScreenSchemeEntityImpl> entry = ArgumentCaptor.forClass(
                IssueTypeScreenSchemeEntityImpl.class);
        screenOrder.verify(screens).addEntity(entry.capture());
        assertThat(entry.getValue().getIssueTypeId(), is("10100"));
        assertThat(entry.getValue().getFieldScreenScheme(), is(caseScreens));
        verify(builder).setMapping("10100", "Safeguarding referral");
        verify(workflowSchemes).updateWorkflowScheme(changedWorkflows);
    }

    @Test
    public void apply_shouldMakeTheSharedFiltersOnEnableAndSayWhatWasMade() {
        helpReads(0, new IssueTypes("HELP types", false, false, List.of()),
                new Screens("HELP screens", false, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", false, false, true, List.of(), List.of()));
        when(issueTypeSchemes.getIssueTypesForProject(help)).thenReturn(List.of(task));
        EnablementPlan.Reason made = new EnablementPlan.Reason("safeguarding.enablement.reason.filters-shared",
                List.of("9", "HELP"));
        when(sharedFilters.ensure(help, IDS)).thenReturn(List.of(made));

        EnablementPlan plan = enablement.apply("HELP", Action.ENABLE).orElseThrow();

        assertThat(plan.notes(), hasItem(made));
    }

    @Test
    public void apply_shouldChangeNothingWhenSomethingStandsInTheWay() {
        helpReads(5, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", false, false, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", false, false, true, List.of(), List.of()));

        EnablementPlan plan = enablement.apply("HELP", Action.ENABLE).orElseThrow();

        assertThat(plan.blocked(), is(true));
        verifyNoInteractions(issueTypeSchemes, screens, builder, sharedFilters);
        verify(workflowSchemes, never()).updateWorkflowScheme(any());
    }

    @Test
    public void apply_shouldDisableByUndoingEachPartAndMovingOffTheAppsWorkflowScheme() {
        helpReads(0, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.APP, "Safeguarding workflow scheme", true, false, true, List.of(),
                        List.of()));
        IssueType concern = mock(IssueType.class);
        when(concern.getId()).thenReturn("10100");
        when(issueTypeSchemes.getIssueTypesForProject(help)).thenReturn(List.of(task, concern));

        enablement.apply("HELP", Action.DISABLE);

        verify(workflowSchemes).removeSchemesFromProject(help);
        verify(workflowSchemes, never()).addSchemeToProject(any(), any());
        verify(screens).removeEntity("10100");
        verify(issueTypeSchemes).update(types, List.of("3"));
        verifyNoInteractions(sharedFilters);
    }

    @Test
    public void apply_shouldMoveAProjectOnJirasDefaultWorkflowSchemeToTheAppsScheme() {
        helpReads(0, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.JIRA_DEFAULT, "Default Workflow Scheme", false, false, true, List.of(),
                        List.of()));
        Scheme app = new Scheme(10300L, "WorkflowScheme", "Safeguarding referral scheme", "", List.of());
        when(workflowSchemes.getSchemeObject(10300L)).thenReturn(app);

        enablement.apply("HELP", Action.ENABLE);

        InOrder order = inOrder(workflowSchemes);
        order.verify(workflowSchemes).removeSchemesFromProject(help);
        order.verify(workflowSchemes).addSchemeToProject(help, app);
    }

    @Test
    public void apply_shouldUnmapTheReferralWorkflowFromAProjectsOwnScheme() {
        helpReads(0, new IssueTypes("HELP types", false, false, List.of()),
                new Screens("HELP screens", false, false, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()));

        enablement.apply("HELP", Action.DISABLE);

        verify(builder).removeMapping("10100");
        verify(workflowSchemes).updateWorkflowScheme(changedWorkflows);
    }

    @Test
    public void apply_shouldGiveTheProjectTheConfidentialSchemeAndTakeItOff() {
        ProjectSchemes.Security none = new ProjectSchemes.Security(ProjectSchemes.SecurityKind.NONE,
                "Safeguarding confidential", true, 0);
        helpReads(0, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()), none);

        enablement.apply("HELP", Action.ENABLE);

        verify(securitySchemes).setSchemeForProject(help, 30L);
        helpReads(0, new IssueTypes("HELP types", false, false, List.of()),
                new Screens("HELP screens", false, false, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", false, false, true, List.of(), List.of()),
                new ProjectSchemes.Security(ProjectSchemes.SecurityKind.APP, "Safeguarding confidential", true, 0));

        enablement.apply("HELP", Action.DISABLE);

        verify(securitySchemes).setSchemeForProject(help, null);
    }

    @Test
    public void apply_shouldStopJirasEmailsOnlyWhenAskedAndThenChangeNoOtherScheme() {
        helpReads(0, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()));

        enablement.apply("HELP", Action.ENABLE);

        verify(notifications, never()).stop(any());

        enablement.apply("HELP", Action.STOP_JIRA_EMAILS);

        verify(notifications).stop(help);
        verify(securitySchemes, never()).setSchemeForProject(any(), any());
        verify(workflowSchemes, never()).updateWorkflowScheme(any());
    }

    @Test
    public void apply_shouldSayJirasEmailsWereNotStoppedWhenJiraRefuses() {
        helpReads(0, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()));
        EnablementPlan.Reason notStopped = new EnablementPlan.Reason(
                "safeguarding.enablement.reason.emails-not-stopped", List.of());
        when(notifications.stop(help)).thenReturn(Optional.of(notStopped));

        EnablementPlan plan = enablement.apply("HELP", Action.STOP_JIRA_EMAILS).orElseThrow();

        assertThat(plan.notes(), hasItem(notStopped));
    }

    @Test
    public void plan_shouldSayToFinishSetUpBeforeReadingAnyScheme() {
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));

        EnablementPlan plan = enablement.plan("HELP", Action.ENABLE).orElseThrow();

        assertThat(plan.reasons().get(0).messageKey(), is("safeguarding.enablement.reason.not-set-up"));
        verifyNoInteractions(schemes);
    }

    @Test
    public void apply_shouldChangeNothingInAProjectThatIsAlreadyEnabled() {
        helpReads(1, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()));

        EnablementPlan plan = enablement.apply("HELP", Action.ENABLE).orElseThrow();

        assertThat(plan.nothingToDo(), is(true));
        verifyNoInteractions(issueTypeSchemes, screenSchemes, securitySchemes, builder);
        verify(workflowSchemes, never()).updateWorkflowScheme(any());
    }

    @Test
    public void apply_shouldChangeNothingAndSaySoWhileAnotherNodeHoldsTheSetUpLock() throws Exception {
        helpReads(0, new IssueTypes("HELP types", false, false, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()));
        when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(false);

        EnablementPlan plan = enablement.apply("HELP", Action.ENABLE).orElseThrow();

        assertThat(plan.reasons().get(0).messageKey(), is("safeguarding.enablement.reason.busy"));
        verifyNoInteractions(issueTypeSchemes);
        verify(lock, never()).unlock();
    }

    @Test
    public void apply_shouldReleaseTheSetUpLockOnceDone() {
        helpReads(0, new IssueTypes("HELP types", false, true, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()));

        enablement.apply("HELP", Action.ENABLE);

        verify(lock).unlock();
    }

    @Test
    public void plan_shouldFindNoSuchProject() {
        assertThat(enablement.plan("NOPE", Action.ENABLE).isPresent(), is(false));
        assertThat(enablement.apply("NOPE", Action.DISABLE).isPresent(), is(false));
    }

    @Test
    public void plan_shouldPlanFromTheProjectAsJiraReadsItAndChangeNothing() {
        helpReads(0, new IssueTypes("HELP types", false, false, List.of()),
                new Screens("HELP screens", true, true, List.of(), List.of()),
                new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true, List.of(), List.of()));

        assertThat(enablement.plan("HELP", Action.ENABLE).orElseThrow().steps().stream()
                .map(EnablementPlan.Step::change).toList(), contains(EnablementPlan.Change.OFFER_ISSUE_TYPE));
        verifyNoInteractions(issueTypeSchemes, screens, securitySchemes, locks);
    }
}
