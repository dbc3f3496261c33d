package org.safeguarding.referral;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.screening.Identified;

/**
 * What needs a safeguarding lead now, in the order a lead works through it: danger (every open case in danger now) and
 * missing first, then new
 * concerns, children, reasonable-grounds decisions overdue and due in the next seven days (on every open status where
 * the decision is still awaited, Referred included), referrals waiting on another agency, conclusive-grounds decisions
 * awaited, reviews and retention. Each queue is a
 * rule over a case's status, whether it is treated as a child, and its dates; Jira's adapter asks the same rule of
 * Jira's search as JQL, so a lead can open each list in Jira's own tools.
 */
public enum WorkQueue implements Identified {
    IMMEDIATE_DANGER("immediate-danger"),
    MISSING("missing"),
    NEW_CONCERNS("new-concerns"),
    CHILDREN("children"),
    DECISION_OVERDUE("decision-overdue"),
    DECISION_DUE_SOON("decision-due-soon"),
    /** Referred, with no NRM decision to wait for: waiting on children's services, the police or another agency. */
    REFERRED_WAITING("referred-waiting"),
    CONCLUSIVE_AWAITED("conclusive-awaited"),
    REVIEWS_DUE("reviews-due"),
    RETENTION_DUE("retention-due");

    private final String id;

    WorkQueue(String id) {
        this.id = id;
    }

    /**
     * One case as the queues see it.
     *
     * @param dangerNow whether someone is in danger now as last known: the latest danger check's answer is yes, or
     *                  with no check yet, the answer when the concern was raised
     */
    public record Facts(ReferralStep status, boolean child, Optional<LocalDate> decisionDue,
                        Optional<LocalDate> nextReview, Optional<LocalDate> retentionReview, boolean dangerNow) {
    }

    /** The days a decision is "due soon" for: today and the six after, whatever the day of the week. */
    public static final int DUE_SOON_DAYS = 7;
    /** The statuses the reasonable-grounds decision has already moved a case past. */
    private static final Set<ReferralStep> DECIDED = EnumSet.of(ReferralStep.RECOVERY_AND_SUPPORT,
            ReferralStep.AWAITING_CONCLUSIVE_GROUNDS, ReferralStep.MOVE_ON, ReferralStep.CLOSED);

    /** Whether the case belongs in this queue today; a week ends on Sunday. */
    public boolean holds(Facts facts, LocalDate today) {
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        boolean open = facts.status() != ReferralStep.CLOSED;
        // Due on any open status until the decision moves the case on: a Referred or Missing case still waits.
        boolean awaiting = !DECIDED.contains(facts.status());
        return switch (this) {
            // In the status, or still in danger by the latest answer while open: danger raised at once and not yet
            // moved, or found still in danger on Found or Back to lead review.
            case IMMEDIATE_DANGER -> facts.status() == ReferralStep.IMMEDIATE_DANGER || open && facts.dangerNow();
            case MISSING -> facts.status() == ReferralStep.MISSING;
            case NEW_CONCERNS -> facts.status() == ReferralStep.CONCERN_RAISED
                    || facts.status() == ReferralStep.SCREENING || facts.status() == ReferralStep.LEAD_REVIEW;
            case CHILDREN -> open && facts.child();
            case DECISION_OVERDUE -> awaiting && facts.decisionDue().filter(today::isAfter).isPresent();
            case DECISION_DUE_SOON -> awaiting && facts.decisionDue()
                    .filter(due -> !due.isBefore(today) && due.isBefore(today.plusDays(DUE_SOON_DAYS))).isPresent();
            case REFERRED_WAITING -> facts.status() == ReferralStep.REFERRED && facts.decisionDue().isEmpty();
            case CONCLUSIVE_AWAITED -> facts.status() == ReferralStep.AWAITING_CONCLUSIVE_GROUNDS;
            case REVIEWS_DUE -> open && facts.nextReview().filter(review -> !review.isAfter(endOfWeek)).isPresent();
            case RETENTION_DUE -> !open && facts.retentionReview().filter(review -> !review.isAfter(today)).isPresent();
        };
    }

    /**
     * The day a list shows beside each case, so a lead triages by it: when it was raised or referred (how long it has
     * waited), or when something is due.
     */
    public enum Day implements Identified {
        RAISED("raised", false),
        REFERRED("referred", false),
        DECISION_DUE("decision-due", true),
        NEXT_REVIEW("next-review", true),
        RETENTION_REVIEW("retention-review", true);

        private final String id;
        private final boolean deadline;

        Day(String id, boolean deadline) {
            this.id = id;
            this.deadline = deadline;
        }

        /** Whether the day is one something is due by (overdue after it), not one waiting is counted from. */
        public boolean deadline() {
            return deadline;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "safeguarding.work.day." + id;
        }
    }

    /** The day this list is about: the date that put a case in it, or how long its cases have waited. */
    public Day day() {
        return switch (this) {
            case IMMEDIATE_DANGER, MISSING, NEW_CONCERNS, CHILDREN -> Day.RAISED;
            case DECISION_OVERDUE, DECISION_DUE_SOON -> Day.DECISION_DUE;
            case REFERRED_WAITING, CONCLUSIVE_AWAITED -> Day.REFERRED;
            case REVIEWS_DUE -> Day.NEXT_REVIEW;
            case RETENTION_DUE -> Day.RETENTION_REVIEW;
        };
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.work." + id;
    }
}
