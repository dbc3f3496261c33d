package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class WorkQueueTest {
    /** A Tuesday: the week ends on Sunday 6 December. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    public void queues_shouldPutDangerAndMissingFirstAndEachAloneInItsOwn() {
        assertThat(queues(facts(ReferralStep.IMMEDIATE_DANGER)), contains(WorkQueue.IMMEDIATE_DANGER));
        assertThat(queues(facts(ReferralStep.MISSING)), contains(WorkQueue.MISSING));
    }

    @Test
    public void queues_shouldCountANewConcernUntilTheLeadRefersOrClosesIt() {
        for (ReferralStep step : List.of(ReferralStep.CONCERN_RAISED, ReferralStep.SCREENING,
                ReferralStep.LEAD_REVIEW)) {
            assertThat(step.id(), queues(facts(step)), contains(WorkQueue.NEW_CONCERNS));
        }
        assertThat(queues(facts(ReferralStep.REFERRED)), not(hasItem(WorkQueue.NEW_CONCERNS)));
    }

    @Test
    public void queues_shouldListAnOpenChildsCaseButNotAClosedOne() {
        assertThat(queues(new WorkQueue.Facts(ReferralStep.REFERRED, true, Optional.empty(), Optional.empty(),
                Optional.empty(), false)), contains(WorkQueue.CHILDREN, WorkQueue.REFERRED_WAITING));
        assertThat(queues(new WorkQueue.Facts(ReferralStep.CLOSED, true, Optional.empty(), Optional.empty(),
                Optional.empty(), false)), empty());
    }

    @Test
    public void queues_shouldSayADecisionIsOverdueTheDayAfterItIsDueAndDueSoonForTheNextSevenDays() {
        assertThat(queues(awaiting(TODAY.minusDays(1))), contains(WorkQueue.DECISION_OVERDUE));
        assertThat(queues(awaiting(TODAY)), contains(WorkQueue.DECISION_DUE_SOON));
        assertThat(queues(awaiting(TODAY.plusDays(6))), contains(WorkQueue.DECISION_DUE_SOON));
        assertThat(queues(awaiting(TODAY.plusDays(7))), empty());
    }

    /** On a Sunday "due soon" still means the next seven days, not today only (issue 29). */
    @Test
    public void queues_shouldCountSevenDaysAheadOnASundayToo() {
        LocalDate sunday = LocalDate.of(2026, 12, 6);
        WorkQueue.Facts dueTuesday = new WorkQueue.Facts(ReferralStep.AWAITING_REASONABLE_GROUNDS, false,
                Optional.of(sunday.plusDays(2)), Optional.empty(), Optional.empty(), false);

        assertThat(WorkQueue.DECISION_DUE_SOON.holds(dueTuesday, sunday), is(true));
    }

    /**
     * A referred case with its decision due appears in the decision lists, whatever open status it is in until the
     * decision moves it on; a case referred elsewhere waits on the agency (issue 29).
     */
    @Test
    public void queues_shouldListADecisionDueOnEveryOpenStatusUntilTheDecisionAndAReferralWaitingOnTheAgency() {
        for (ReferralStep step : List.of(ReferralStep.REFERRED, ReferralStep.MISSING, ReferralStep.IMMEDIATE_DANGER,
                ReferralStep.AWAITING_REASONABLE_GROUNDS)) {
            WorkQueue.Facts due = new WorkQueue.Facts(step, false, Optional.of(TODAY.plusDays(3)), Optional.empty(),
                    Optional.empty(), false);
            assertThat(step.id(), queues(due), hasItem(WorkQueue.DECISION_DUE_SOON));
        }
        WorkQueue.Facts decided = new WorkQueue.Facts(ReferralStep.RECOVERY_AND_SUPPORT, false,
                Optional.of(TODAY.minusDays(3)), Optional.empty(), Optional.empty(), false);
        assertThat(queues(decided), empty());
        assertThat(queues(facts(ReferralStep.REFERRED)), contains(WorkQueue.REFERRED_WAITING));
    }

    /** Danger raised at once, or found still current on a danger check, is on the danger list until it clears. */
    @Test
    public void queues_shouldListEveryOpenCaseInDangerNowWhateverItsStatus() {
        WorkQueue.Facts stillInDanger = new WorkQueue.Facts(ReferralStep.LEAD_REVIEW, false, Optional.empty(),
                Optional.empty(), Optional.empty(), true);
        WorkQueue.Facts closed = new WorkQueue.Facts(ReferralStep.CLOSED, false, Optional.empty(), Optional.empty(),
                Optional.empty(), true);

        assertThat(queues(stillInDanger), contains(WorkQueue.IMMEDIATE_DANGER, WorkQueue.NEW_CONCERNS));
        assertThat(queues(closed), empty());
        assertThat(queues(facts(ReferralStep.IMMEDIATE_DANGER)), contains(WorkQueue.IMMEDIATE_DANGER));
    }

    @Test
    public void queues_shouldListReviewsDueThisWeekAndClosedCasesWhoseRetentionReviewHasCome() {
        assertThat(queues(new WorkQueue.Facts(ReferralStep.RECOVERY_AND_SUPPORT, false, Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 6)), Optional.empty(), false)), contains(WorkQueue.REVIEWS_DUE));
        assertThat(queues(new WorkQueue.Facts(ReferralStep.CLOSED, false, Optional.empty(), Optional.empty(),
                Optional.of(TODAY), false)), contains(WorkQueue.RETENTION_DUE));
        assertThat(queues(new WorkQueue.Facts(ReferralStep.CLOSED, false, Optional.empty(), Optional.empty(),
                Optional.of(TODAY.plusDays(1)), false)), empty());
        assertThat(queues(facts(ReferralStep.AWAITING_CONCLUSIVE_GROUNDS)), contains(WorkQueue.CONCLUSIVE_AWAITED));
    }

    private static WorkQueue.Facts facts(ReferralStep step) {
        return new WorkQueue.Facts(step, false, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    private static WorkQueue.Facts awaiting(LocalDate due) {
        return new WorkQueue.Facts(ReferralStep.AWAITING_REASONABLE_GROUNDS, false, Optional.of(due),
                Optional.empty(), Optional.empty(), false);
    }

    private static List<WorkQueue> queues(WorkQueue.Facts facts) {
        return Arrays.stream(WorkQueue.values()).filter(queue -> queue.holds(facts, TODAY)).toList();
    }
}
