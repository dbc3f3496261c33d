package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;

/** Set-up bringing the workflow the first wave installed up to date, as Jira's own editor would change it. */
public class WorkflowUpgradeSetupTest {
    private static final String NAME = WorkflowSetup.WORKFLOW_NAME;
    private static final Optional<String> BY_ADMIN = Optional.of("admin");
    private static final WorkflowUpgrade.Ids IDS = new WorkflowUpgrade.Ids(500L, 505L, Optional.of(10300L),
            Optional.of(515L), Optional.of(520L), Optional.of(525L));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private WorkflowManager workflowManager;
    @Mock
    private WorkflowObjects objects;
    @Mock
    private UserManager users;
    @Mock
    private ApplicationUser admin;

    private final InMemorySetupStore store = new InMemorySetupStore();
    private WorkflowUpgradeSetup setup;

    @Before
    public void setUp() {
        store.save(SetupIds.none().withScreen(500L).withWorkerScreen(505L).withCloseScreen(510L)
                .withDangerScreen(515L)
                .withMissingScreen(520L).withReferScreen(525L).withEventType(10300L));
        when(users.getUserByKey("admin")).thenReturn(admin);
        when(objects.postFunction(anyString())).thenAnswer(call -> WorkflowXml.newFunction(call.getArgument(0)));
        when(objects.restriction(anyString())).thenAnswer(call -> WorkflowXml.PARTS.restriction(call.getArgument(0)));
        when(objects.validator(anyString())).thenAnswer(call -> WorkflowXml.PARTS.validator(call.getArgument(0)));
        setup = new WorkflowUpgradeSetup(workflowManager, objects, users);
    }

    @Test
    public void ensure_shouldBringAnEarlierActiveWorkflowUpToDateThroughADraftItPublishes() {
        installed(true, WorkflowXml.firstWave());
        JiraWorkflow draft = workflowOf(WorkflowXml.firstWave());
        when(workflowManager.createDraftWorkflow(admin, NAME)).thenReturn(draft);
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(BY_ADMIN, recorder);

        InOrder published = inOrder(workflowManager);
        published.verify(workflowManager).updateWorkflow(admin, draft);
        published.verify(workflowManager).overwriteActiveWorkflow(admin, NAME);
        assertThat(recorder.report().created(), hasItem("workflow Safeguarding referral, Report missing: its own "
                + "screen, the description for police first, tells the leads at once, fires the app's own event"));
        assertThat(WorkflowUpgrade.upgrade(draft.getDescriptor(), IDS, WorkflowXml.PARTS), empty());
        assertThat(recorder.report().problems(), empty());
    }

    @Test
    public void ensure_shouldChangeAnEarlierWorkflowNoProjectUsesDirectly() {
        JiraWorkflow installed = installed(false, WorkflowXml.firstWave());

        setup.ensure(BY_ADMIN, new SetupRecorder(store));

        verify(workflowManager).updateWorkflow(admin, installed);
        verify(workflowManager, never()).createDraftWorkflow(any(), any());
    }

    @Test
    public void ensure_shouldChangeNothingInAWorkflowAlreadyUpToDate() {
        installed(true, WorkflowXml.parse(WorkflowDefinition.filled(WorkflowXml.statusIds(), WorkflowXml.SCREENS,
                WorkflowXml.RESOLUTIONS, Optional.of(10300L))));
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(BY_ADMIN, recorder);

        assertThat(recorder.report().created(), empty());
        verify(workflowManager, never()).updateWorkflow(any(), any());
        verify(workflowManager, never()).createDraftWorkflow(any(), any());
    }

    @Test
    public void ensure_shouldLeaveADraftAnAdministratorHasOpenAndSaySo() {
        installed(true, WorkflowXml.firstWave());
        when(workflowManager.getDraftWorkflow(NAME)).thenReturn(mock(JiraWorkflow.class));
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(BY_ADMIN, recorder);

        assertThat(recorder.report().problems(), contains("the workflow Safeguarding referral has a draft an "
                + "administrator has not published: publish or discard it in Administration, Issues, Workflows, then "
                + "run set-up again"));
        verify(workflowManager, never()).updateWorkflow(any(), any());
        verify(workflowManager, never()).overwriteActiveWorkflow(any(), any());
    }

    @Test
    public void ensure_shouldWaitForAnAdministratorBeforeChangingTheWorkflow() {
        installed(true, WorkflowXml.firstWave());
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(Optional.empty(), recorder);

        assertThat(recorder.report().problems(), contains(containsString("brought up to date in the name of the "
                + "administrator who runs set-up")));
        verify(workflowManager, never()).createDraftWorkflow(any(), any());
    }

    @Test
    public void ensure_shouldDiscardTheDraftWhenJiraWillNotPublishIt() {
        installed(true, WorkflowXml.firstWave());
        JiraWorkflow draft = workflowOf(WorkflowXml.firstWave());
        when(workflowManager.createDraftWorkflow(admin, NAME)).thenReturn(draft);
        doThrow(new IllegalStateException("the draft removes a status")).when(workflowManager)
                .overwriteActiveWorkflow(admin, NAME);

        assertThrows(IllegalStateException.class, () -> setup.ensure(BY_ADMIN, new SetupRecorder(store)));

        verify(workflowManager).deleteDraftWorkflow(NAME);
    }

    @Test
    public void ensure_shouldLeaveAJiraWithoutTheWorkflowToTheWorkflowStep() {
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(BY_ADMIN, recorder);

        assertThat(recorder.report().created(), empty());
        assertThat(recorder.report().problems(), empty());
    }

    /** The workflow as set-up finds it in Jira, used by a project or not. */
    private JiraWorkflow installed(boolean active, WorkflowDescriptor descriptor) {
        JiraWorkflow installed = workflowOf(descriptor);
        when(workflowManager.getWorkflowClone(NAME)).thenReturn(installed);
        when(workflowManager.isActive(installed)).thenReturn(active);
        return installed;
    }

    private static JiraWorkflow workflowOf(WorkflowDescriptor descriptor) {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        when(workflow.getDescriptor()).thenReturn(descriptor);
        return workflow;
    }
}
