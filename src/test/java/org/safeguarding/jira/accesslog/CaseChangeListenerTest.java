package org.safeguarding.jira.accesslog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.UnreadyConcerns;
import org.safeguarding.jira.raise.RaisedInDanger;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

public class CaseChangeListenerTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final long APP_EVENT = 10300L;

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private EventPublisher events;
    @Mock
    private JiraCaseReader reader;
    @Mock
    private Issue concern;
    @Mock
    private Issue task;
    @Mock
    private ApplicationUser worker;
    @Mock
    private UnreadyConcerns unready;
    @Mock
    private RaisedInDanger danger;
    @Mock
    private SetupStore setupStore;

    private final InMemoryAccessLog log = new InMemoryAccessLog();
    private CaseChangeListener listener;

    @Before
    public void setUp() {
        when(concern.getKey()).thenReturn("SG-1");
        when(reader.isCase(concern)).thenReturn(true);
        when(worker.getKey()).thenReturn("worker");
        when(setupStore.load()).thenReturn(SetupIds.none().withEventType(APP_EVENT));
        listener = new CaseChangeListener(events, reader, log, unready, danger, setupStore,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void onIssueEvent_shouldRecordWhoChangedACaseAndHow() {
        listener.onIssueEvent(new IssueEvent(concern, Map.of(), worker, EventType.ISSUE_UPDATED_ID));
        listener.onIssueEvent(new IssueEvent(concern, Map.of(), worker, EventType.ISSUE_COMMENTED_ID));
        listener.onIssueEvent(new IssueEvent(concern, Map.of(), worker, EventType.ISSUE_DELETED_ID));

        assertThat(log.latest("SG-1", 5), contains(
                new CaseAccess("SG-1", "worker", NOW, AccessKind.CHANGED, "safeguarding.access.detail.deleted"),
                new CaseAccess("SG-1", "worker", NOW, AccessKind.CHANGED, "safeguarding.access.detail.commented"),
                new CaseAccess("SG-1", "worker", NOW, AccessKind.CHANGED, "safeguarding.access.detail.edited")));
    }

    @Test
    public void onIssueEvent_shouldIgnoreOtherIssuesWorkflowEventsAndEventsWithoutAUser() {
        listener.onIssueEvent(new IssueEvent(task, Map.of(), worker, EventType.ISSUE_UPDATED_ID));
        listener.onIssueEvent(new IssueEvent(concern, Map.of(), worker, 13L));
        listener.onIssueEvent(new IssueEvent(concern, Map.of(), null, EventType.ISSUE_UPDATED_ID));

        assertThat(log.latest("SG-1", 5), is(empty()));
    }

    @Test
    public void lifecycle_shouldListenWhileThePluginRuns() throws Exception {
        listener.onStart();
        listener.onStop();

        verify(events).register(listener);
        verify(events).unregister(listener);
        assertThat(CaseChangeListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class), is(true));
    }

    @Test
    public void onIssueEvent_shouldHandACreatedIssueToWhatLooksAfterConcernsRaisedOutsideTheWorkflow() {
        IssueEvent created = new IssueEvent(concern, Map.of(), worker, EventType.ISSUE_CREATED_ID);

        listener.onIssueEvent(created);

        verify(unready).created(created);
        verify(danger).raised(worker, concern);
        assertThat("creating is not a change", log.latest("SG-1", 5).isEmpty(), is(true));
    }

    /** The workflow's Create fires the app's own event: a concern raised in danger on Jira's Create screen moves on. */
    @Test
    public void onIssueEvent_shouldAskWhetherAConcernJustRaisedIsInDangerOnTheAppsOwnEvent() {
        listener.onIssueEvent(new IssueEvent(concern, Map.of(), worker, APP_EVENT));
        listener.onIssueEvent(new IssueEvent(concern, Map.of(), worker, EventType.ISSUE_UPDATED_ID));

        verify(danger).raised(worker, concern);
        assertThat("the workflow logs its own transitions; the edit is logged here", log.latest("SG-1", 5),
                contains(new CaseAccess("SG-1", "worker", NOW, AccessKind.CHANGED, "safeguarding.access.detail.edited")));
    }
}
