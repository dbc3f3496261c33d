package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

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
        assertThat(queues(facts(ReferralStep.REFERRED)), empty());
    }

    @Test
    public void queues_shouldListAnOpenChildsCaseButNotAClosedOne() {
        assertThat(queues(new WorkQueue.Facts(ReferralStep.REFERRED, true, Optional.empty(), Optional.empty(),
                Optional.empty())), contains(WorkQueue.CHILDREN));
        assertThat(queues(new WorkQueue.Facts(ReferralStep.CLOSED, true, Optional.empty(), Optional.empty(),
                Optional.empty())), empty());
    }

    @Test
    public void queues_shouldSayADecisionIsOverdueTheDayAfterItIsDueAndDueUntilSunday() {
        assertThat(queues(awaiting(TODAY.minusDays(1))), contains(WorkQueue.DECISION_OVERDUE));
        assertThat(queues(awaiting(TODAY)), contains(WorkQueue.DECISION_DUE_THIS_WEEK));
        assertThat(queues(awaiting(LocalDate.of(2026, 12, 6))), contains(WorkQueue.DECISION_DUE_THIS_WEEK));
        assertThat(queues(awaiting(LocalDate.of(2026, 12, 7))), empty());
    }

    @Test
    public void queues_shouldListReviewsDueThisWeekAndClosedCasesWhoseRetentionReviewHasCome() {
        assertThat(queues(new WorkQueue.Facts(ReferralStep.RECOVERY_AND_SUPPORT, false, Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 6)), Optional.empty())), contains(WorkQueue.REVIEWS_DUE));
        assertThat(queues(new WorkQueue.Facts(ReferralStep.CLOSED, false, Optional.empty(), Optional.empty(),
                Optional.of(TODAY))), contains(WorkQueue.RETENTION_DUE));
        assertThat(queues(new WorkQueue.Facts(ReferralStep.CLOSED, false, Optional.empty(), Optional.empty(),
                Optional.of(TODAY.plusDays(1)))), empty());
        assertThat(queues(facts(ReferralStep.AWAITING_CONCLUSIVE_GROUNDS)), contains(WorkQueue.CONCLUSIVE_AWAITED));
    }

    private static WorkQueue.Facts facts(ReferralStep step) {
        return new WorkQueue.Facts(step, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static WorkQueue.Facts awaiting(LocalDate due) {
        return new WorkQueue.Facts(ReferralStep.AWAITING_REASONABLE_GROUNDS, false, Optional.of(due),
                Optional.empty(), Optional.empty());
    }

    private static List<WorkQueue> queues(WorkQueue.Facts facts) {
        return Arrays.stream(WorkQueue.values()).filter(queue -> queue.holds(facts, TODAY)).toList();
    }
}
