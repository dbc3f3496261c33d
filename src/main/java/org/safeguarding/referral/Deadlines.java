package org.safeguarding.referral;

import java.time.LocalDate;
import org.safeguarding.screening.Nation;

/**
 * The dates the workflow sets, so a lead's board can show what is due and what is late:
 * <ul>
 * <li>the reasonable-grounds decision: the Home Office aims to decide within 5 working days of a referral [S26];</li>
 * <li>the recovery support date after a positive reasonable-grounds decision (domain reference §13.4): in England and
 * Wales support lasts at least until the last of 30 days beginning with the day of the decision (MSA s50A), and until
 * the conclusive-grounds decision if that is later; in Scotland it lasts up to 90 days from the decision, or until
 * the conclusive-grounds decision if that comes first (a cap: SSI 2018/90) [S42][S43]; in Northern Ireland the
 * recovery and reflection period lasts at least 45 days from the decision, support having started with the
 * referral [S46][S47];</li>
 * <li>the next review of the safeguarding plan: every 28 days, the app's default for keeping a plan under review
 * (the guidance asks for review without setting an interval).</li>
 * </ul>
 */
public final class Deadlines {
    public static final int REASONABLE_GROUNDS_WORKING_DAYS = 5;
    public static final int REVIEW_INTERVAL_DAYS = 28;

    private final WorkingDayCalendar calendar;

    public Deadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** When the reasonable-grounds decision is due, counting the working days of the case's nation. */
    public WorkingDayCalendar.Count reasonableGroundsDecisionDue(LocalDate referred, Nation nation) {
        return calendar.addWorkingDays(referred, REASONABLE_GROUNDS_WORKING_DAYS, nation);
    }

    /**
     * The recovery support date that a positive reasonable-grounds decision sets: a minimum in England, Wales and
     * Northern Ireland, a cap in Scotland. Never an end date to show as such:
     * support runs on until the conclusive-grounds decision where that is later, except in Scotland.
     */
    public static LocalDate recoverySupportDate(LocalDate positiveDecision, Nation nation) {
        return switch (nation) {
            // 30 days beginning with the day of the decision: the decision's day is the first.
            case ENGLAND, WALES -> positiveDecision.plusDays(29);
            // Support begins on the day of the decision and lasts up to "90 days from that date" (s9(2); §14.5).
            case SCOTLAND -> positiveDecision.plusDays(90);
            case NORTHERN_IRELAND -> positiveDecision.plusDays(45);
        };
    }


    public static LocalDate nextReview(LocalDate from) {
        return from.plusDays(REVIEW_INTERVAL_DAYS);
    }
}
