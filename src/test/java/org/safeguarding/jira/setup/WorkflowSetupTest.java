package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.opensymphony.workflow.WorkflowException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.Resolution;

public class WorkflowSetupTest {
    private static final String CONCERN_TYPE = "10100";
    private static final String SCHEME_NAME = "Safeguarding referral scheme";
    private static final Optional<String> BY_ADMIN = Optional.of("admin");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private StatusManager statusManager;
    @Mock
    private StatusCategoryManager categories;
    @Mock
    private WorkflowManager workflowManager;
    @Mock
    private WorkflowSchemeManager schemeManager;
    @Mock
    private WorkflowObjects objects;
    @Mock
    private JiraWorkflow workflow;
    @Mock
    private UserManager users;
    @Mock
    private ApplicationUser admin;
    @Mock
    private AssignableWorkflowScheme.Builder builder;
    @Mock
    private AssignableWorkflowScheme built;
    @Mock
    private AssignableWorkflowScheme created;

    private final List<Status> inJira = new ArrayList<>();
    private final List<AssignableWorkflowScheme> schemesInJira = new ArrayList<>();
    private final StatusCategory toDo = category(StatusCategory.TO_DO);
    private final StatusCategory inProgress = category(StatusCategory.IN_PROGRESS);
    private final StatusCategory done = category(StatusCategory.COMPLETE);
    private final InMemorySetupStore store = new InMemorySetupStore();
    private WorkflowSetup setup;

    {
        store.save(screensAndResolutions().withEventType(10300L));
    }

    /** What set-up's earlier steps record before the workflow's, but the app's event. */
    private static SetupIds screensAndResolutions() {
        SetupIds ids = SetupIds.none().withScreen(500L).withWorkerScreen(505L).withCloseScreen(510L).withDangerScreen(515L)
                .withMissingScreen(520L).withReferScreen(525L);
        for (Resolution resolution : Resolution.values()) {
            ids = ids.withResolution(resolution.id(), String.valueOf(10200 + resolution.ordinal()));
        }
        return ids;
    }

    @Before
    public void setUp() throws Exception {
        when(statusManager.getStatuses()).thenReturn(inJira);
        when(statusManager.createStatus(anyString(), anyString(), anyString(), any())).thenAnswer(call -> {
            Status status = status(String.valueOf(10000 + inJira.size()), call.getArgument(0));
            inJira.add(status);
            return status;
        });
        when(statusManager.getStatus(anyString())).thenAnswer(call -> inJira.stream()
                .filter(status -> status.getId().equals(call.getArgument(0))).findFirst().orElse(null));
        for (StatusCategory category : List.of(toDo, inProgress, done)) {
            when(categories.getStatusCategoryByKey(category.getKey())).thenReturn(category);
        }
        when(objects.newWorkflow(eq(WorkflowSetup.WORKFLOW_NAME), anyString())).thenReturn(workflow);
        when(schemeManager.getAssignableSchemes()).thenReturn(schemesInJira);
        when(schemeManager.assignableBuilder()).thenReturn(builder);
        when(builder.setName(anyString())).thenReturn(builder);
        when(builder.setDescription(anyString())).thenReturn(builder);
        when(builder.setMapping(anyString(), anyString())).thenReturn(builder);
        when(builder.build()).thenReturn(built);
        when(schemeManager.createScheme(built)).thenReturn(created);
        when(created.getId()).thenReturn(42L);
        when(users.getUserByKey("admin")).thenReturn(admin);
        setup = new WorkflowSetup(statusManager, categories, workflowManager, schemeManager, objects, users,
                new PropertiesTexts());
    }

    @Test
    public void ensure_shouldCreateAStatusForEveryStepWithItsDescriptionAndBoardCategory() {
        setup.ensure(CONCERN_TYPE, BY_ADMIN, new SetupRecorder(store));

        verify(statusManager, times(ReferralStep.values().length))
                .createStatus(anyString(), anyString(), eq(WorkflowSetup.STATUS_ICON), any());
        verify(statusManager).createStatus("Concern raised",
                "A worker has raised a concern. Check whether anyone is in danger now.", WorkflowSetup.STATUS_ICON,
                toDo);
        verify(statusManager).createStatus(eq("Awaiting reasonable-grounds decision"), anyString(), anyString(),
                eq(inProgress));
        verify(statusManager).createStatus(eq("Closed"), anyString(), anyString(), eq(done));
        assertThat(store.load().status("concern-raised"), is(Optional.of("10000")));
    }

    @Test
    public void ensure_shouldCreateTheWorkflowFromTheShippedXmlWithTheStatusIds() throws Exception {
        setup.ensure(CONCERN_TYPE, BY_ADMIN, new SetupRecorder(store));

        ArgumentCaptor<String> xml = ArgumentCaptor.forClass(String.class);
        verify(objects).newWorkflow(eq(WorkflowSetup.WORKFLOW_NAME), xml.capture());
        verify(workflowManager).createWorkflow(admin, workflow);
        assertThat(xml.getValue(), containsString("<meta name=\"jira.status.id\">10000</meta>"));
        assertThat(xml.getValue(), not(containsString("<meta name=\"jira.status.id\">$")));
        assertThat(xml.getValue(), containsString("<meta name=\"jira.fieldscreen.id\">510</meta>"));
        assertThat(xml.getValue(), containsString("<arg name=\"eventTypeId\">10300</arg>"));
        assertThat(xml.getValue(), not(containsString("<arg name=\"eventTypeId\">13</arg>")));
    }

    @Test
    public void ensure_shouldStillMakeTheWorkflowWithJirasOwnEventsWithoutTheAppsAndSaySo() throws Exception {
        store.save(screensAndResolutions());
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, recorder);

        ArgumentCaptor<String> xml = ArgumentCaptor.forClass(String.class);
        verify(objects).newWorkflow(eq(WorkflowSetup.WORKFLOW_NAME), xml.capture());
        verify(workflowManager).createWorkflow(admin, workflow);
        assertThat(xml.getValue(), containsString("<arg name=\"eventTypeId\">13</arg>"));
        assertThat(recorder.report().problems(), contains("the workflow Safeguarding referral fires Jira's own "
                + "events, because the app's event is not set up: a notification scheme that names them e-mails the "
                + "case's contents (admin guide, Jira's own e-mails)"));
    }

    @Test
    public void ensure_shouldMapTheConcernIssueTypeToTheWorkflowInANewScheme() {
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, recorder);

        verify(builder).setName(SCHEME_NAME);
        verify(builder).setMapping(CONCERN_TYPE, WorkflowSetup.WORKFLOW_NAME);
        assertThat(store.load().workflowScheme(), is(Optional.of(42L)));
        assertThat(recorder.report().created(), hasItems("workflow Safeguarding referral",
                "workflow scheme " + SCHEME_NAME));
    }

    @Test
    public void ensure_shouldCreateNothingTheSecondTime() throws Exception {
        setup.ensure(CONCERN_TYPE, BY_ADMIN, new SetupRecorder(store));
        when(workflowManager.workflowExists(WorkflowSetup.WORKFLOW_NAME)).thenReturn(true);
        when(schemeManager.getWorkflowSchemeObj(42L)).thenReturn(created);
        SetupRecorder again = new SetupRecorder(store);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, again);

        assertThat(again.report().created(), empty());
        verify(workflowManager, times(1)).createWorkflow(any(), any());
        verify(schemeManager, times(1)).createScheme(any());
        assertThat(inJira.size(), is(ReferralStep.values().length));
    }

    @Test
    public void ensure_shouldAdoptStatusesAndASchemeOfTheSameNameThatAlreadyExist() {
        inJira.add(status("6", "CLOSED"));
        AssignableWorkflowScheme existing = mock(AssignableWorkflowScheme.class);
        when(existing.getName()).thenReturn(SCHEME_NAME);
        when(existing.getId()).thenReturn(7L);
        schemesInJira.add(existing);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, new SetupRecorder(store));

        assertThat(store.load().status("closed"), is(Optional.of("6")));
        verify(statusManager, never()).createStatus(eq("Closed"), anyString(), anyString(), any());
        assertThat(store.load().workflowScheme(), is(Optional.of(7L)));
        verify(schemeManager, never()).createScheme(any());
    }

    @Test
    public void ensure_shouldReportJiraRefusingTheWorkflowAndMakeNoSchemeForIt() throws Exception {
        doThrow(new WorkflowException("invalid step")).when(workflowManager).createWorkflow(any(), any());
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, recorder);

        assertThat(recorder.report().problems(),
                contains("Jira did not accept the workflow Safeguarding referral: invalid step"));
        verify(schemeManager, never()).createScheme(any());
        assertThat(store.load().status("missing").isPresent(), is(true));
    }

    @Test
    public void ensure_shouldLeaveTheWorkflowForAnAdministratorWhenJiraStartsTheApp() throws Exception {
        SetupRecorder recorder = new SetupRecorder(store);

        boolean finished = recorder.run(SetupStep.WORKFLOW, () -> setup.ensure(CONCERN_TYPE, Optional.empty(),
                recorder));

        assertThat(finished, is(true));
        assertThat(recorder.report().steps().get(0).outcome(), is(SetupRuns.Outcome.WAITING));
        assertThat(recorder.report().problems(), contains(containsString("is made in the name of the administrator "
                + "who runs set-up")));
        verify(workflowManager, never()).createWorkflow(any(), any());
        verify(schemeManager, never()).createScheme(any());
        assertThat("the statuses are made all the same", store.load().status("missing").isPresent(), is(true));
    }

    @Test
    public void ensure_shouldReportJiraNotSayingWhetherTheWorkflowExists() throws Exception {
        when(workflowManager.workflowExists(WorkflowSetup.WORKFLOW_NAME)).thenThrow(new WorkflowException("no store"));
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, recorder);

        assertThat(recorder.report().problems(), contains(
                "Jira could not say whether the workflow Safeguarding referral exists: no store"));
        verify(workflowManager, never()).createWorkflow(any(), any());
    }

    @Test
    public void ensure_shouldMakeNoWorkflowWithoutTheAppsResolutions() throws Exception {
        store.save(SetupIds.none().withScreen(500L).withWorkerScreen(505L).withCloseScreen(510L).withDangerScreen(515L)
                .withMissingScreen(520L).withReferScreen(525L));
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, recorder);

        assertThat(recorder.report().problems(), contains("the workflow Safeguarding referral needs the "
                + "Safeguarding resolutions, which are not all set up"));
        verify(workflowManager, never()).createWorkflow(any(), any());
    }

    @Test
    public void ensure_shouldReportMissingScreensAndMakeNoWorkflowWithoutThem() throws Exception {
        store.save(SetupIds.none());
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(CONCERN_TYPE, BY_ADMIN, recorder);

        assertThat(recorder.report().problems(), contains(
                "the workflow Safeguarding referral needs the Safeguarding screens, which are not set up"));
        verify(workflowManager, never()).createWorkflow(any(), any());
        verify(schemeManager, never()).createScheme(any());
    }

    private static Status status(String id, String name) {
        Status status = mock(Status.class);
        when(status.getId()).thenReturn(id);
        when(status.getName()).thenReturn(name);
        return status;
    }

    private static StatusCategory category(String key) {
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(key);
        return category;
    }
}
