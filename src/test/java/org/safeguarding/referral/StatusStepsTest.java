package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.Action;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Reason;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

/**
 * What the panel asks for at each status of the referral workflow (issue 15): before the referral, the screening's
 * steps; once referred, what the case waits for and the support meanwhile, never "tell your lead" or "refer" again;
 * in Immediate danger 999 and nothing else; Missing, police first; Closed, retention only.
 */
public class StatusStepsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** Steps that only make sense before the referral is made. */
    private static final Set<Action> BEFORE_REFERRAL = Set.of(Action.TELL_SAFEGUARDING_LEAD,
            Action.REFER_THROUGH_FRO_OR_HELPLINE, Action.MAKE_NRM_REFERRAL, Action.EXPLAIN_NRM_AND_ASK_CONSENT,
            Action.ASK_REMAINING_QUESTIONS, Action.CHECK_DANGER);

    /** An adult in England who consented, with worrying answers, who needs a doctor and an interpreter. */
    private static final Screening SCREENING = Screening.builder().immediateDanger(Answer.NO)
            .ageGroup(AgeGroup.ADULT).nation(Nation.ENGLAND).consent(Consent.GIVEN).language("Albanian")
            .interpreterNeeded(Answer.YES).supportNeeds(Set.of(SupportNeed.MEDICAL_HELP))
            .answer(Question.OWES_MONEY, Answer.YES).answer(Question.DOCUMENTS_HELD, Answer.YES).build();
    private static final Assessment ASSESSMENT = Assessor.assess(SCREENING, new Organisation(false, false), TODAY);

    private static List<StatusSteps.Step> steps(ReferralStep status, CaseProgress.Dates dates) {
        return StatusSteps.forCase(new CaseProgress(status, dates), ASSESSMENT, SCREENING, TODAY, false);
    }

    private static List<Action> actions(List<StatusSteps.Step> steps) {
        return steps.stream().map(StatusSteps.Step::action).toList();
    }

    @Test
    public void forCase_shouldGiveTheScreeningsStepsBeforeTheReferral() {
        for (ReferralStep status : List.of(ReferralStep.CONCERN_RAISED, ReferralStep.SCREENING)) {
            assertThat(status.id(), actions(steps(status, CaseProgress.Dates.NONE)), contains(ASSESSMENT
                    .recommendations().stream().map(recommendation -> recommendation.action()).toArray()));
        }
        assertThat(actions(steps(ReferralStep.SCREENING, CaseProgress.Dates.NONE)),
                hasItems(Action.TELL_SAFEGUARDING_LEAD, Action.REFER_THROUGH_FRO_OR_HELPLINE));
    }

    /** Once the app told the leads, telling them is done: the step is to call them if it cannot wait (issue 30). */
    @Test
    public void forCase_shouldNeverAskToTellTheLeadsOnceTheyWereTold() {
        List<StatusSteps.Step> told = StatusSteps.forCase(new CaseProgress(ReferralStep.CONCERN_RAISED,
                CaseProgress.Dates.NONE), ASSESSMENT, SCREENING, TODAY, true);

        assertThat(actions(told), not(hasItem(Action.TELL_SAFEGUARDING_LEAD)));
        assertThat(told.stream().filter(step -> step.action() == Action.CALL_LEAD_IF_URGENT).map(StatusSteps.Step::why)
                .toList(), contains(Reason.LEADS_TOLD));
    }

    /** The NRM form asks the type of exploitation: at review it comes right after the decision until recorded. */
    @Test
    public void forCase_shouldAskTheLeadToRecordTheTypeAtReviewUntilItIsRecorded() {
        Screening typed = Screening.builder().ageGroup(AgeGroup.ADULT).nation(Nation.ENGLAND)
                .exploitationTypes(Set.of(ExploitationType.FORCED_LABOUR)).build();
        CaseProgress review = new CaseProgress(ReferralStep.LEAD_REVIEW, CaseProgress.Dates.NONE);

        List<StatusSteps.Step> untypedSteps = StatusSteps.forCase(review, ASSESSMENT, SCREENING, TODAY, true);
        List<StatusSteps.Step> typedSteps = StatusSteps.forCase(review, ASSESSMENT, typed, TODAY, true);

        assertThat(untypedSteps.get(1).action(), is(Action.RECORD_EXPLOITATION_TYPE));
        assertThat(untypedSteps.get(1).why(), is(Reason.TYPE_NOT_RECORDED));
        assertThat(actions(typedSteps), not(hasItem(Action.RECORD_EXPLOITATION_TYPE)));
    }

    /** At Lead review the lead has the case: it opens with the decision, and never asks them to tell a lead. */
    @Test
    public void forCase_shouldOpenLeadReviewWithTheDecision() {
        for (boolean leadsTold : new boolean[] {true, false}) {
            List<StatusSteps.Step> review = StatusSteps.forCase(new CaseProgress(ReferralStep.LEAD_REVIEW,
                    CaseProgress.Dates.NONE), ASSESSMENT, SCREENING, TODAY, leadsTold);

            assertThat(review.get(0).action(), is(Action.DECIDE_REFERRAL));
            assertThat(review.get(0).why(), is(Reason.STATUS_LEAD_REVIEW));
            assertThat(actions(review), not(hasItem(Action.TELL_SAFEGUARDING_LEAD)));
            assertThat(actions(review), not(hasItem(Action.CALL_LEAD_IF_URGENT)));
            assertThat(actions(review), hasItem(Action.REFER_THROUGH_FRO_OR_HELPLINE));
        }
    }

    @Test
    public void forCase_shouldSayOnceReferredThatTheCaseWaitsForTheDecisionDueOnItsDay() {
        LocalDate due = LocalDate.of(2026, 12, 4);
        for (ReferralStep status : List.of(ReferralStep.REFERRED, ReferralStep.AWAITING_REASONABLE_GROUNDS)) {
            List<StatusSteps.Step> steps = steps(status, new CaseProgress.Dates(Optional.of(due), Optional.empty(),
                    Optional.empty()));

            StatusSteps.Step first = steps.get(0);
            assertThat(status.id(), first.action(), is(Action.WAIT_FOR_REASONABLE_GROUNDS));
            assertThat(first.why(), is(Reason.STATUS_AWAITING_REASONABLE_GROUNDS));
            assertThat(first.due(), is(Optional.of(due)));
            assertThat(first.overdue(), is(false));
            assertThat(status.id(), actions(steps), everyItem(not(isIn(BEFORE_REFERRAL))));
            assertThat(status.id(), actions(steps), hasItems(Action.GET_MEDICAL_HELP, Action.BOOK_INTERPRETER));
        }
    }

    @Test
    public void forCase_shouldAskToFollowUpAReferralThatWasNotToTheNrm() {
        List<StatusSteps.Step> steps = steps(ReferralStep.REFERRED, CaseProgress.Dates.NONE);

        assertThat(steps.get(0).action(), is(Action.FOLLOW_UP_REFERRAL));
        assertThat(steps.get(0).why(), is(Reason.STATUS_REFERRED));
        assertThat(actions(steps), everyItem(not(isIn(BEFORE_REFERRAL))));
    }

    @Test
    public void forCase_shouldMarkTheDecisionOverdueTheDayAfterItWasDue() {
        CaseProgress.Dates dueYesterday = new CaseProgress.Dates(Optional.of(TODAY.minusDays(1)), Optional.empty(),
                Optional.empty());
        CaseProgress.Dates dueToday = new CaseProgress.Dates(Optional.of(TODAY), Optional.empty(), Optional.empty());

        assertThat(steps(ReferralStep.AWAITING_REASONABLE_GROUNDS, dueYesterday).get(0).overdue(), is(true));
        assertThat(steps(ReferralStep.AWAITING_REASONABLE_GROUNDS, dueToday).get(0).overdue(), is(false));
    }

    @Test
    public void forCase_shouldKeepUpSupportUntilTheDecisionsAndThenPlanMoveOn() {
        LocalDate supportDate = LocalDate.of(2027, 1, 2);
        CaseProgress.Dates dates = new CaseProgress.Dates(Optional.empty(), Optional.of(supportDate),
                Optional.empty());

        StatusSteps.Step recovery = steps(ReferralStep.RECOVERY_AND_SUPPORT, dates).get(0);
        assertThat(recovery.action(), is(Action.KEEP_UP_RECOVERY_SUPPORT));
        assertThat(recovery.why(), is(Reason.STATUS_RECOVERY));
        assertThat(recovery.due(), is(Optional.of(supportDate)));
        // The recovery support date is a minimum (a cap in Scotland), never a deadline that can be missed.
        assertThat(steps(ReferralStep.RECOVERY_AND_SUPPORT, new CaseProgress.Dates(Optional.empty(),
                Optional.of(TODAY.minusDays(10)), Optional.empty())).get(0).overdue(), is(false));
        assertThat(steps(ReferralStep.AWAITING_CONCLUSIVE_GROUNDS, dates).get(0).action(),
                is(Action.WAIT_FOR_CONCLUSIVE_GROUNDS));
        assertThat(steps(ReferralStep.MOVE_ON, dates).get(0).action(), is(Action.PLAN_MOVE_ON));
        for (ReferralStep status : List.of(ReferralStep.RECOVERY_AND_SUPPORT, ReferralStep.AWAITING_CONCLUSIVE_GROUNDS,
                ReferralStep.MOVE_ON)) {
            assertThat(status.id(), actions(steps(status, dates)), everyItem(not(isIn(BEFORE_REFERRAL))));
            assertThat(status.id(), actions(steps(status, dates)), hasItems(Action.GET_MEDICAL_HELP));
        }
    }

    @Test
    public void forCase_shouldAskOnlyFor999InImmediateDangerWhateverTheScreeningSays() {
        List<StatusSteps.Step> steps = steps(ReferralStep.IMMEDIATE_DANGER, CaseProgress.Dates.NONE);

        assertThat(actions(steps), contains(Action.CALL_999));
        assertThat(steps.get(0).why(), is(Reason.STATUS_IMMEDIATE_DANGER));
    }

    @Test
    public void forCase_shouldPutPoliceFirstWhenMissingAndAskForAnIncompleteDescription() {
        PoliceDescription complete = new PoliceDescription("1.6 m", "slim", "Albanian", "scar on left hand",
                "Albanian, some English", "Leeds bus station", TODAY.atTime(9, 30).minusDays(1), "black coat");

        List<StatusSteps.Step> incomplete = StatusSteps.forCase(new CaseProgress(ReferralStep.MISSING,
                CaseProgress.Dates.NONE), ASSESSMENT, SCREENING, TODAY, false);
        List<StatusSteps.Step> described = StatusSteps.forCase(new CaseProgress(ReferralStep.MISSING,
                CaseProgress.Dates.NONE), ASSESSMENT, Screening.builder().ageGroup(AgeGroup.ADULT)
                .nation(Nation.ENGLAND).policeDescription(complete).build(), TODAY, false);

        assertThat(actions(incomplete), contains(Action.GIVE_POLICE_MISSING_SUMMARY,
                Action.RECORD_DESCRIPTION_FOR_POLICE));
        assertThat(incomplete.get(1).why(), is(Reason.STATUS_MISSING_DESCRIPTION));
        assertThat(actions(described), contains(Action.GIVE_POLICE_MISSING_SUMMARY));
        assertThat(described.get(0).why(), is(Reason.STATUS_MISSING));
    }

    /**
     * §14.5: a missing child is also the responsible authority's and the guardian's concern, by nation (DfE 2014;
     * Scotland's National Missing Persons Framework and social work; Northern Ireland's HSC Trust); not an adult's.
     */
    @Test
    public void forCase_shouldTellTheAuthorityResponsibleForAMissingChildAfterThePolice() {
        Map<Optional<Nation>, Reason> expected = Map.of(Optional.of(Nation.ENGLAND), Reason.CHILD_MISSING_ENGLAND_WALES,
                Optional.of(Nation.WALES), Reason.CHILD_MISSING_ENGLAND_WALES,
                Optional.of(Nation.SCOTLAND), Reason.CHILD_MISSING_SCOTLAND,
                Optional.of(Nation.NORTHERN_IRELAND), Reason.CHILD_MISSING_NORTHERN_IRELAND,
                Optional.empty(), Reason.CHILD_MISSING_NATION_UNKNOWN);
        expected.forEach((nation, reason) -> {
            for (AgeGroup age : new AgeGroup[] {AgeGroup.UNDER_18, AgeGroup.NOT_SURE}) {
                List<StatusSteps.Step> steps = StatusSteps.forCase(new CaseProgress(ReferralStep.MISSING,
                        CaseProgress.Dates.NONE), ASSESSMENT, Screening.builder().ageGroup(age)
                        .nation(nation.orElse(null)).build(), TODAY, false);

                assertThat(nation + " " + age, actions(steps).subList(0, 2), contains(
                        Action.GIVE_POLICE_MISSING_SUMMARY, Action.TELL_AUTHORITY_CHILD_MISSING));
                assertThat(nation + " " + age, steps.get(1).why(), is(reason));
            }
        });
        assertThat(actions(steps(ReferralStep.MISSING, CaseProgress.Dates.NONE)),
                not(hasItem(Action.TELL_AUTHORITY_CHILD_MISSING)));
    }

    @Test
    public void forCase_shouldAskOnlyForTheRetentionReviewOnceClosedOverdueOnceItsDayHasPassed() {
        LocalDate review = LocalDate.of(2033, 12, 1);

        List<StatusSteps.Step> steps = steps(ReferralStep.CLOSED, new CaseProgress.Dates(Optional.empty(),
                Optional.empty(), Optional.of(review)));
        StatusSteps.Step late = steps(ReferralStep.CLOSED, new CaseProgress.Dates(Optional.empty(), Optional.empty(),
                Optional.of(TODAY.minusDays(1)))).get(0);

        assertThat(actions(steps), contains(Action.REVIEW_RETENTION));
        assertThat(steps.get(0).why(), is(Reason.STATUS_CLOSED));
        assertThat(steps.get(0).due(), is(Optional.of(review)));
        assertThat(steps.get(0).overdue(), is(false));
        assertThat(late.overdue(), is(true));
    }

    @Test
    public void levelAt_shouldBeImmediateDangerInThatStatusWhateverTheAnswersAndTheAssessedLevelElsewhere() {
        assertThat(ASSESSMENT.level(), is(not(RiskLevel.IMMEDIATE_DANGER)));

        assertThat(StatusSteps.levelAt(Optional.of(ReferralStep.IMMEDIATE_DANGER), ASSESSMENT),
                is(RiskLevel.IMMEDIATE_DANGER));
        assertThat(StatusSteps.levelAt(Optional.of(ReferralStep.MISSING), ASSESSMENT), is(ASSESSMENT.level()));
        assertThat(StatusSteps.levelAt(Optional.empty(), ASSESSMENT), is(ASSESSMENT.level()));
    }

    @Test
    public void stepsAlone_shouldHoldForImmediateDangerAndClosedOnly() {
        for (ReferralStep status : ReferralStep.values()) {
            assertThat(status.id(), StatusSteps.stepsAlone(status),
                    is(status == ReferralStep.IMMEDIATE_DANGER || status == ReferralStep.CLOSED));
        }
    }

    @Test
    public void forCase_shouldGiveEveryStatusOfTheWorkflowAtLeastOneStep() {
        for (ReferralStep status : ReferralStep.values()) {
            assertThat(status.id(), steps(status, CaseProgress.Dates.NONE).isEmpty(), is(false));
        }
    }
}
