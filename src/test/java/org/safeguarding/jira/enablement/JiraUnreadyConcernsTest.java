package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.Mockito;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.leads.LeadMail;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.workflow.ConfidentialLevel;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

public class JiraUnreadyConcernsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private JiraCaseReader reader;
    @Mock
    private ConfidentialLevel levels;
    @Mock
    private IssueManager issues;
    @Mock
    private LeadMail leadMail;
    @Mock
    private MutableIssue concern;
    @Mock
    private ApplicationUser worker;

    private final InMemoryAccessLog log = new InMemoryAccessLog();
    private JiraUnreadyConcerns listener;

    @Before
    public void setUp() {
        when(concern.getKey()).thenReturn("HELP-3");
        when(worker.getKey()).thenReturn("worker");
        listener = new JiraUnreadyConcerns(reader, levels, issues, leadMail, log, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void created_shouldPutAConcernRaisedOutsideTheWorkflowAtTheConfidentialLevelQuietly() {
        when(concern.getSecurityLevelId()).thenReturn(null);
        when(reader.isCase(concern)).thenReturn(true);
        when(issues.getIssueObject("HELP-3")).thenReturn(concern);
        when(levels.levelFor(concern)).thenReturn(Optional.of(10300L));
        when(leadMail.tell(concern, "safeguarding.mail.unready.subject", "safeguarding.mail.unready.body"))
                .thenReturn(List.of("Amira Lead", "Sam Lead"));

        listener.created(created());

        InOrder order = Mockito.inOrder(concern, issues, leadMail);
        order.verify(concern).setSecurityLevelId(10300L);
        order.verify(issues).updateIssue(worker, concern, EventDispatchOption.DO_NOT_DISPATCH, false);
        order.verify(leadMail).tell(concern, "safeguarding.mail.unready.subject", "safeguarding.mail.unready.body");
        assertThat(log.latest("HELP-3", 5), is(List.of(
                new CaseAccess("HELP-3", "worker", NOW, AccessKind.CHANGED, JiraUnreadyConcerns.LEADS_TOLD),
                new CaseAccess("HELP-3", "worker", NOW, AccessKind.CHANGED, JiraUnreadyConcerns.CONFIDENTIAL))));
    }

    @Test
    public void created_shouldRecordAConcernItCannotMakeConfidentialForItsLeadsToAct() {
        when(concern.getSecurityLevelId()).thenReturn(null);
        when(reader.isCase(concern)).thenReturn(true);
        when(issues.getIssueObject("HELP-3")).thenReturn(concern);
        when(levels.levelFor(concern)).thenReturn(Optional.empty());

        listener.created(created());

        verify(issues, never()).updateIssue(any(), any(), any(), anyBoolean());
        assertThat(log.latest("HELP-3", 5).stream().map(CaseAccess::detail).toList(),
                is(List.of(JiraUnreadyConcerns.NO_LEAD_TOLD, JiraUnreadyConcerns.NOT_CONFIDENTIAL)));
    }

    @Test
    public void created_shouldLeaveAloneAConcernTheWorkflowMadeConfidential() {
        when(concern.getSecurityLevelId()).thenReturn(10300L);

        listener.created(created());

        verify(issues, never()).getIssueObject(any(String.class));
        verifyNoInteractions(leadMail);
        assertThat(log.latest("HELP-3", 5), is(empty()));
    }

    @Test
    public void created_shouldLeaveAloneAnIssueThatIsNotAConcern() {
        when(concern.getSecurityLevelId()).thenReturn(null);
        when(reader.isCase(concern)).thenReturn(false);

        listener.created(created());

        verify(issues, never()).getIssueObject(any(String.class));
        assertThat(log.latest("HELP-3", 5), is(empty()));
    }

    private IssueEvent created() {
        return new IssueEvent(concern, Map.of(), worker, EventType.ISSUE_CREATED_ID);
    }
}
