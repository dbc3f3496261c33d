package org.safeguarding.jira.raise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Screening;

/** Danger raised on Jira's own Create screen is urgent at once too (issue 29). */
public class DangerAtRaiseTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private IssueService issues;
    @Mock
    private IssueManager issueManager;
    @Mock
    private JiraCaseReader reader;
    @Mock
    private MutableIssue concern;
    @Mock
    private ApplicationUser worker;

    private DangerAtRaise danger;
    private IssueService.TransitionValidationResult allowed;

    @Before
    public void setUp() {
        danger = new DangerAtRaise(issues, issueManager, reader);
        when(concern.getId()).thenReturn(77L);
        when(concern.getKey()).thenReturn("SG-7");
        when(reader.isCase(concern)).thenReturn(true);
        when(issues.newIssueInputParameters()).thenReturn(mock(IssueInputParameters.class));
        allowed = new IssueService.TransitionValidationResult(concern, errors(false), Map.of(), Map.of(),
                DangerAtRaise.IMMEDIATE_DANGER);
        when(issues.validateTransition(eq(worker), eq(77L), eq(DangerAtRaise.IMMEDIATE_DANGER), any()))
                .thenReturn(allowed);
        IssueService.IssueResult moved = new IssueService.IssueResult(concern, errors(false));
        when(issues.transition(worker, allowed)).thenReturn(moved);
    }

    @Test
    public void raised_shouldMoveAConcernJustRaisedWithDangerNowOnToImmediateDangerAsWhoeverRaisedIt() {
        raisedAt(ReferralStep.CONCERN_RAISED, Answer.YES);

        danger.raised(worker, concern);

        verify(issues).transition(worker, allowed);
    }

    @Test
    public void raised_shouldLeaveAConcernWithoutDangerNowOrAlreadyMovedOnAlone() {
        raisedAt(ReferralStep.CONCERN_RAISED, Answer.NOT_SURE);
        danger.raised(worker, concern);
        raisedAt(ReferralStep.LEAD_REVIEW, Answer.YES);
        danger.raised(worker, concern);
        raisedAt(ReferralStep.IMMEDIATE_DANGER, Answer.YES);
        danger.raised(worker, concern);

        verify(issues, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    public void raised_shouldLeaveAnotherIssueOrOneWithoutAUserAlone() {
        raisedAt(ReferralStep.CONCERN_RAISED, Answer.YES);
        danger.raised(null, concern);
        when(reader.isCase(concern)).thenReturn(false);
        danger.raised(worker, concern);

        verify(issues, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    /** Jira told of the creation first and moved it already: the worker still hears it is urgent. */
    @Test
    public void intoImmediateDanger_shouldSaySoWhenTheCaseIsAlreadyThere() {
        IssueService.TransitionValidationResult refused = new IssueService.TransitionValidationResult(concern,
                errors(true), Map.of(), Map.of(), DangerAtRaise.IMMEDIATE_DANGER);
        when(issues.validateTransition(eq(worker), eq(77L), eq(DangerAtRaise.IMMEDIATE_DANGER), any()))
                .thenReturn(refused);
        MutableIssue now = mock(MutableIssue.class);
        when(issueManager.getIssueObject("SG-7")).thenReturn(now);
        when(reader.progress(now)).thenReturn(Optional.of(new CaseProgress(ReferralStep.IMMEDIATE_DANGER,
                CaseProgress.Dates.NONE)));

        assertThat(danger.intoImmediateDanger(worker, concern), is(true));
        verify(issues, never()).transition(any(), any());
    }

    @Test
    public void intoImmediateDanger_shouldKeepTheConcernRaisedWhenJiraLacksTheCall() {
        when(issues.validateTransition(eq(worker), eq(77L), eq(DangerAtRaise.IMMEDIATE_DANGER), any()))
                .thenThrow(new NoSuchMethodError("IssueService.validateTransition"));

        assertThat(danger.intoImmediateDanger(worker, concern), is(false));
    }

    private void raisedAt(ReferralStep step, Answer dangerNow) {
        when(reader.progress(concern)).thenReturn(Optional.of(new CaseProgress(step, CaseProgress.Dates.NONE)));
        when(reader.read(concern)).thenReturn(Optional.of(Screening.builder().immediateDanger(dangerNow).build()));
    }

    private static ErrorCollection errors(boolean any) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.hasAnyErrors()).thenReturn(any);
        return errors;
    }
}
