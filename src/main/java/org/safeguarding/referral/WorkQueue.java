package org.safeguarding.referral;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.safeguarding.screening.Identified;

/**
 * What needs a safeguarding lead now, in the order a lead works through it: danger and missing first, then new
 * concerns, children, decisions overdue and due this week, decisions awaited, reviews and retention. Each queue is a
 * rule over a case's status, whether it is treated as a child, and its dates; Jira's adapter asks the same rule of
 * Jira's search as JQL, so a lead can open each list in Jira's own tools.
 */
public enum WorkQueue implements Identified {
    IMMEDIATE_DANGER("immediate-danger"),
    MISSING("missing"),
    NEW_CONCERNS("new-concerns"),
    CHILDREN("children"),
    DECISION_OVERDUE("decision-overdue"),
    DECISION_DUE_THIS_WEEK("decision-due-this-week"),
    CONCLUSIVE_AWAITED("conclusive-awaited"),
    REVIEWS_DUE("reviews-due"),
    RETENTION_DUE("retention-due");

    private final String id;

    WorkQueue(String id) {
        this.id = id;
    }

    /** One case as the queues see it. */
    public record Facts(ReferralStep status, boolean child, Optional<LocalDate> decisionDue,
                        Optional<LocalDate> nextReview, Optional<LocalDate> retentionReview) {
    }

    /** Whether the case belongs in this queue today; a week ends on Sunday. */
    public boolean holds(Facts facts, LocalDate today) {
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        boolean open = facts.status() != ReferralStep.CLOSED;
        boolean awaiting = facts.status() == ReferralStep.AWAITING_REASONABLE_GROUNDS;
        return switch (this) {
            case IMMEDIATE_DANGER -> facts.status() == ReferralStep.IMMEDIATE_DANGER;
            case MISSING -> facts.status() == ReferralStep.MISSING;
            case NEW_CONCERNS -> facts.status() == ReferralStep.CONCERN_RAISED
                    || facts.status() == ReferralStep.SCREENING || facts.status() == ReferralStep.LEAD_REVIEW;
            case CHILDREN -> open && facts.child();
            case DECISION_OVERDUE -> awaiting && facts.decisionDue().filter(today::isAfter).isPresent();
            case DECISION_DUE_THIS_WEEK -> awaiting && facts.decisionDue()
                    .filter(due -> !due.isBefore(today) && !due.isAfter(endOfWeek)).isPresent();
            case CONCLUSIVE_AWAITED -> facts.status() == ReferralStep.AWAITING_CONCLUSIVE_GROUNDS;
            case REVIEWS_DUE -> open && facts.nextReview().filter(review -> !review.isAfter(endOfWeek)).isPresent();
            case RETENTION_DUE -> !open && facts.retentionReview().filter(review -> !review.isAfter(today)).isPresent();
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
