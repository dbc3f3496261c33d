package org.safeguarding.jira.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.ClosedCase;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.Resolution;
import org.safeguarding.referral.Route;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Organisation;

/** Every path of the "Safeguarding referral" workflow, walked in a real OSWorkflow engine. */
public class ReferralWorkflowTest {
    // Steps, as the XML numbers them.
    static final int CONCERN_RAISED = 1;
    static final int SCREENING = 2;
    static final int LEAD_REVIEW = 3;
    static final int REFERRED = 4;
    static final int AWAITING_RG = 5;
    static final int RECOVERY = 6;
    static final int AWAITING_CG = 7;
    static final int MOVE_ON = 8;
    static final int CLOSED = 9;
    static final int IMMEDIATE_DANGER = 10;
    static final int MISSING = 11;
    // Transitions.
    static final int START_SCREENING = 11;
    static final int SEND_TO_LEAD = 21;
    static final int REFER = 31;
    static final int ANOTHER_REFERRAL = 41;
    static final int AWAIT_RG = 51;
    static final int POSITIVE_RG = 61;
    static final int NEGATIVE_RG = 71;
    static final int AWAIT_CG = 81;
    static final int CG_DECISION = 85;
    static final int CLOSE = 91;
    static final int REOPEN = 95;
    static final int DANGER = 101;
    static final int DANGER_DEALT_WITH = 102;
    static final int REPORT_MISSING = 111;
    static final int FOUND = 112;
    private static final List<Integer> OPEN_STEPS = List.of(CONCERN_RAISED, SCREENING, LEAD_REVIEW, REFERRED,
            AWAITING_RG, RECOVERY, AWAITING_CG, MOVE_ON);

    private final WorkflowCaseFixture fixture = new WorkflowCaseFixture();
    private final Adapters adapters = new Adapters(fixture, Set.of("lead"), new Organisation(false, false));
    private final WorkflowEngine engine = new WorkflowEngine("lead", adapters);
    private final Set<Integer> walked = new HashSet<>();

    @Test
    public void workflow_shouldFollowTheWholePathwayFromConcernToClosure() throws Exception {
        long entry = newCase();
        assertThat(engine.currentStep(entry), is(CONCERN_RAISED));

        walk(entry, START_SCREENING, SCREENING);
        walk(entry, SEND_TO_LEAD, LEAD_REVIEW);
        walk(entry, REFER, REFERRED);
        walk(entry, ANOTHER_REFERRAL, REFERRED);
        walk(entry, AWAIT_RG, AWAITING_RG);
        walk(entry, POSITIVE_RG, RECOVERY);
        walk(entry, AWAIT_CG, AWAITING_CG);
        walk(entry, CG_DECISION, MOVE_ON);
        walk(entry, CLOSE, CLOSED);
        walk(entry, REOPEN, LEAD_REVIEW);
    }

    @Test
    public void workflow_shouldSendANegativeDecisionToMoveOnForReconsideration() throws Exception {
        long entry = referred();
        walk(entry, AWAIT_RG, AWAITING_RG);

        walk(entry, NEGATIVE_RG, MOVE_ON);
        assertThat(engine.availableActions(entry, fixture.transition(WorkflowCaseFixture.noInput())), contains(CLOSE, DANGER, REPORT_MISSING));
    }

    /**
     * A referral to children's services, the police or the Helpline alone expects no Home Office decision: the
     * reasonable-grounds step is not offered, and the case closes from Referred with what happened (issue 29).
     */
    @Test
    public void workflow_shouldCloseAReferralThatWasNotToTheNrmWithoutOfferingAnNrmDecision() throws Exception {
        long entry = caseAt(LEAD_REVIEW);
        engine.transition(entry, REFER, fixture.transition(WorkflowCaseFixture.tick(Route.POLICE)));
        assertThat(engine.currentStep(entry), is(REFERRED));

        List<Integer> offered = engine.availableActions(entry, fixture.transition(WorkflowCaseFixture.noInput()));

        assertThat(offered, not(hasItem(AWAIT_RG)));
        assertThat(offered, hasItem(CLOSE));
        fixture.resolution = Resolution.AGENCY_TOOK_ON;
        engine.transition(entry, CLOSE, fixture.transition(values -> values.with(CaseFields.OUTCOME,
                "Police took it on: crime reference 44/2026")));
        assertThat(engine.currentStep(entry), is(CLOSED));
    }

    /** Close is offered from every step after a referral: the person may move away or lose touch at any point. */
    @Test
    public void close_shouldBeOfferedFromEveryStepFromLeadReviewOn() throws Exception {
        for (int step : List.of(LEAD_REVIEW, REFERRED, AWAITING_RG, RECOVERY, AWAITING_CG, MOVE_ON)) {
            long entry = caseAt(step);

            assertThat("from step " + step, engine.availableActions(entry, fixture.transition(
                    WorkflowCaseFixture.noInput())), hasItem(CLOSE));
        }
    }

    @Test
    public void workflow_shouldLetTheLeadSkipScreeningOrCloseAfterReview() throws Exception {
        long entry = newCase();

        walk(entry, SEND_TO_LEAD, LEAD_REVIEW);
        walk(entry, CLOSE, CLOSED);
    }

    @Test
    public void immediateDanger_shouldBeReachableFromEveryOpenStepAndLeadBackToReview() throws Exception {
        for (int step : OPEN_STEPS) {
            long entry = caseAt(step);
            assertThat("from step " + step, engine.availableActions(entry, fixture.transition(WorkflowCaseFixture.noInput())), hasItem(DANGER));
            walk(entry, DANGER, IMMEDIATE_DANGER);
            walk(entry, DANGER_DEALT_WITH, LEAD_REVIEW);
        }
    }

    @Test
    public void reportMissing_shouldBeReachableFromEveryOpenStepAndComeBackWhenFound() throws Exception {
        for (int step : OPEN_STEPS) {
            long entry = caseAt(step);
            walk(entry, REPORT_MISSING, MISSING);
            walk(entry, FOUND, LEAD_REVIEW);
        }
        long inDanger = caseAt(LEAD_REVIEW);
        walk(inDanger, DANGER, IMMEDIATE_DANGER);
        walk(inDanger, REPORT_MISSING, MISSING);
        walk(inDanger, DANGER, IMMEDIATE_DANGER);
    }

    @Test
    public void dangerDealtWith_shouldAskWhetherAnyoneIsStillInDanger() throws Exception {
        long entry = caseAt(LEAD_REVIEW);
        walk(entry, DANGER, IMMEDIATE_DANGER);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> engine.transition(entry,
                DANGER_DEALT_WITH, fixture.transition(WorkflowCaseFixture.noInput())));

        assertThat(refused.getErrors().get("customfield_" + CaseFields.DANGER_CHECK),
                equalTo("Say whether anyone is still in danger: yes, no or not sure. If yes, call 999 first."));
        assertThat(engine.currentStep(entry), is(IMMEDIATE_DANGER));
        assertThat(fixture.dangerChecks, empty());
    }

    @Test
    public void found_shouldWriteTheDangerCheckIntoTheCaseHistoryWithWhoAnswered() throws Exception {
        long entry = caseAt(LEAD_REVIEW);
        walk(entry, REPORT_MISSING, MISSING);

        engine.transition(entry, FOUND, fixture.transition(values -> values.with(CaseFields.DANGER_CHECK,
                Answer.NOT_SURE.id())));

        assertThat(engine.currentStep(entry), is(LEAD_REVIEW));
        assertThat(fixture.dangerChecks, contains("not-sure by lead"));
    }

    @Test
    public void closed_shouldOfferOnlyReopen() throws Exception {
        long entry = caseAt(LEAD_REVIEW);
        walk(entry, CLOSE, CLOSED);

        assertThat(engine.availableActions(entry, fixture.transition(WorkflowCaseFixture.noInput())), contains(REOPEN));
    }

    /** What identified the person is gone: the case is not worked again (issue 29). */
    @Test
    public void closed_shouldOfferNothingOnceAnonymised() throws Exception {
        long entry = caseAt(LEAD_REVIEW);
        walk(entry, CLOSE, CLOSED);

        adapters.accessLog.append(new CaseAccess("SG-9", "lead", Instant.parse("2033-01-02T10:00:00Z"),
                AccessKind.ANONYMISED, null));

        assertThat(engine.availableActions(entry, fixture.transition(WorkflowCaseFixture.noInput())), empty());
    }

    @Test
    public void everyTransition_shouldRunJirasStandardPostFunctions() throws Exception {
        long entry = newCase();
        engine.jiraFunctionsRun.clear();

        engine.transition(entry, START_SCREENING, fixture.transition(WorkflowCaseFixture.noInput()));

        assertThat(engine.jiraFunctionsRun, contains("UpdateIssueStatusFunction", "CreateCommentFunction",
                "GenerateChangeHistoryFunction", "IssueReindexFunction", "FireIssueEventFunction"));
    }

    @Test
    public void everyTransition_shouldBeRecordedInTheAccessLogByNameAndWho() throws Exception {
        when(fixture.issue.getKey()).thenReturn("SG-9");
        long entry = newCase();

        engine.transition(entry, START_SCREENING, fixture.transition(WorkflowCaseFixture.noInput()));

        List<CaseAccess> log = adapters.accessLog.latest("SG-9", 10);
        assertThat(log.stream().map(CaseAccess::detail).toList(), contains("Start screening", "Create"));
        assertThat(log.get(0).userKey(), is("lead"));
        assertThat(log.get(0).kind(), is(AccessKind.TRANSITIONED));
    }

    @Test
    public void create_shouldPutTheNewCaseAtTheConfidentialLevelBeforeJiraStoresIt() throws Exception {
        adapters.confidentialLevel = 10400L;
        List<String> levelWhenStored = new ArrayList<>();
        WorkflowEngine storing = new WorkflowEngine(() -> "lead", adapters, (name, transientVars, args) -> {
            if (name.equals("IssueCreateFunction")) {
                levelWhenStored.add(mockingDetails(fixture.issue).getInvocations().stream()
                        .filter(call -> call.getMethod().getName().equals("setSecurityLevelId"))
                        .map(call -> String.valueOf(call.<Long>getArgument(0))).findFirst().orElse("none"));
            }
        });
        fixture.newCase();
        when(fixture.issue.getSecurityLevelId()).thenReturn(null);

        storing.create(fixture.issue);

        assertThat(levelWhenStored, contains("10400"));
    }

    @Test
    public void create_shouldKeepALevelTheWorkerChoseAndSetNoneInAProjectWithoutTheScheme() throws Exception {
        when(fixture.issue.getSecurityLevelId()).thenReturn(10401L);
        adapters.confidentialLevel = 10400L;
        newCase();

        when(fixture.issue.getSecurityLevelId()).thenReturn(null);
        adapters.confidentialLevel = null;
        newCase();

        verify(fixture.issue, never()).setSecurityLevelId(any());
    }

    @Test
    public void create_shouldGiveTheNewCaseToTheLeadOnDutyBeforeJiraStoresIt() throws Exception {
        ApplicationUser sam = mock(ApplicationUser.class);
        adapters.leadOnDuty = sam;
        List<Object> assigneeWhenStored = new ArrayList<>();
        WorkflowEngine storing = new WorkflowEngine(() -> "lead", adapters, (name, transientVars, args) -> {
            if (name.equals("IssueCreateFunction")) {
                mockingDetails(fixture.issue).getInvocations().stream()
                        .filter(call -> call.getMethod().getName().equals("setAssignee"))
                        .forEach(call -> assigneeWhenStored.add(call.getArgument(0)));
            }
        });
        fixture.newCase();

        storing.create(fixture.issue);

        assertThat(assigneeWhenStored, contains(sam));
    }

    @Test
    public void create_shouldKeepALeadTheWorkerChoseAndGiveWayNoOtherAssignee() throws Exception {
        ApplicationUser sam = mock(ApplicationUser.class);
        adapters.leadOnDuty = sam;
        when(fixture.issue.getAssigneeId()).thenReturn("lead");
        newCase();
        verify(fixture.issue, never()).setAssignee(any());

        when(fixture.issue.getAssigneeId()).thenReturn("worker");
        newCase();

        verify(fixture.issue).setAssignee(sam);
    }

    @Test
    public void create_shouldLeaveTheAssigneeAloneWithNobodyOnDuty() throws Exception {
        newCase();

        verify(fixture.issue, never()).setAssignee(any());
    }

    @Test
    public void closeAndReopen_shouldKeepTheRetentionReportsListOfClosedCases() throws Exception {
        when(fixture.issue.getKey()).thenReturn("SG-9");
        long entry = newCase();
        walk(entry, SEND_TO_LEAD, LEAD_REVIEW);

        walk(entry, CLOSE, CLOSED);
        assertThat(adapters.closedCases.all(), contains(new ClosedCase("SG-9", WorkflowCaseFixture.TODAY,
                WorkflowCaseFixture.TODAY.plusYears(6))));

        walk(entry, REOPEN, LEAD_REVIEW);
        assertThat(adapters.closedCases.all(), is(empty()));
    }

    /** A lead who leaves the date empty gets the one the organisation's retention period gives, kept on the case. */
    @Test
    public void close_shouldFillTheRetentionReviewDateFromTheRetentionPeriodInTheSettings() throws Exception {
        when(fixture.issue.getKey()).thenReturn("SG-9");
        adapters.settings.save(new AppSettings(Set.of(), false, false, null, null, 3));
        long entry = newCase();
        fixture.values.with(CaseFields.RETENTION_REVIEW, null);
        walk(entry, SEND_TO_LEAD, LEAD_REVIEW);

        walk(entry, CLOSE, CLOSED);

        LocalDate review = WorkflowCaseFixture.TODAY.plusYears(3);
        assertThat(fixture.values.date(CaseFields.RETENTION_REVIEW), is(Optional.of(review)));
        assertThat(adapters.closedCases.all(), contains(new ClosedCase("SG-9", WorkflowCaseFixture.TODAY, review)));
    }

    /** The lead's own date stands over the settings'. */
    @Test
    public void close_shouldKeepTheRetentionReviewDateTheLeadGave() throws Exception {
        adapters.settings.save(new AppSettings(Set.of(), false, false, null, null, 3));
        long entry = newCase();
        walk(entry, SEND_TO_LEAD, LEAD_REVIEW);

        walk(entry, CLOSE, CLOSED);

        assertThat(fixture.values.date(CaseFields.RETENTION_REVIEW),
                is(Optional.of(WorkflowCaseFixture.TODAY.plusYears(6))));
    }

    @Test
    public void workflow_shouldHaveAStepForEveryReferralStepAndWordsForEveryTransition() {
        List<String> steps = new ArrayList<>();
        for (Object step : engine.descriptor().getSteps()) {
            steps.add((String) ((StepDescriptor) step).getMetaAttributes().get("safeguarding.step"));
        }
        assertThat(steps, equalTo(java.util.Arrays.stream(ReferralStep.values()).map(ReferralStep::id).toList()));
        PropertiesTexts texts = new PropertiesTexts();
        for (ActionDescriptor action : allActions()) {
            Map<?, ?> meta = action.getMetaAttributes();
            if (meta.containsKey("jira.i18n.title")) {
                texts.text((String) meta.get("jira.i18n.title"));
                texts.text((String) meta.get("jira.i18n.description"));
            }
        }
    }

    @Test
    public void everyTransition_shouldBeWalkedByTheseTests() throws Exception {
        workflow_shouldFollowTheWholePathwayFromConcernToClosure();
        workflow_shouldSendANegativeDecisionToMoveOnForReconsideration();
        immediateDanger_shouldBeReachableFromEveryOpenStepAndLeadBackToReview();
        reportMissing_shouldBeReachableFromEveryOpenStepAndComeBackWhenFound();
        Set<Integer> all = new TreeSet<>();
        allActions().forEach(action -> all.add(action.getId()));
        all.remove(1);

        all.removeAll(walked);
        assertThat("transitions no test walks", all, empty());
        assertThat(walked, not(empty()));
    }

    private List<ActionDescriptor> allActions() {
        List<ActionDescriptor> actions = new ArrayList<>();
        engine.descriptor().getInitialActions().forEach(action -> actions.add((ActionDescriptor) action));
        for (Object step : engine.descriptor().getSteps()) {
            ((StepDescriptor) step).getActions().forEach(action -> actions.add((ActionDescriptor) action));
        }
        return actions;
    }

    private long referred() throws Exception {
        long entry = caseAt(LEAD_REVIEW);
        walk(entry, REFER, REFERRED);
        return entry;
    }

    /** A new case moved to the given open step by the shortest path. */
    private long caseAt(int step) throws Exception {
        long entry = newCase();
        int[][] paths = {{}, {START_SCREENING}, {SEND_TO_LEAD}, {SEND_TO_LEAD, REFER},
            {SEND_TO_LEAD, REFER, AWAIT_RG}, {SEND_TO_LEAD, REFER, AWAIT_RG, POSITIVE_RG},
            {SEND_TO_LEAD, REFER, AWAIT_RG, POSITIVE_RG, AWAIT_CG},
            {SEND_TO_LEAD, REFER, AWAIT_RG, POSITIVE_RG, AWAIT_CG, CG_DECISION}};
        for (int action : paths[step - 1]) {
            engine.transition(entry, action, inputsFor(action));
        }
        assertThat(engine.currentStep(entry), is(step));
        return entry;
    }

    private long newCase() throws Exception {
        fixture.newCase();
        return engine.create(fixture.issue);
    }

    /**
     * What the worker puts on the transition screen: a new route when referring, that nobody is in danger any more
     * when leaving danger or Missing, nothing otherwise.
     */
    private Map<String, Object> inputsFor(int action) {
        return switch (action) {
            case REFER -> fixture.transition(WorkflowCaseFixture.tick(Route.NRM_REFERRAL));
            case ANOTHER_REFERRAL -> fixture.transition(WorkflowCaseFixture.tick(Route.POLICE));
            case DANGER_DEALT_WITH, FOUND -> fixture.transition(values -> values.with(CaseFields.DANGER_CHECK,
                    Answer.NO.id()));
            default -> fixture.transition(WorkflowCaseFixture.noInput());
        };
    }

    private void walk(long entry, int action, int expectedStep) throws Exception {
        assertThat("transition " + action + " is offered", engine.availableActions(entry, fixture.transition(WorkflowCaseFixture.noInput())), hasItem(action));
        engine.transition(entry, action, inputsFor(action));
        assertThat("after transition " + action, engine.currentStep(entry), is(expectedStep));
        walked.add(action);
    }
}
