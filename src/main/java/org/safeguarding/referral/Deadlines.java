package org.safeguarding.referral;

import java.time.LocalDate;
import org.safeguarding.screening.Nation;

/**
 * The dates the workflow sets, so a lead's board can show what is due and what is late:
 * <ul>
 * <li>the reasonable-grounds decision: the Home Office aims to decide within 5 working days of a referral [S26];</li>
 * <li>the end of the recovery period after a positive reasonable-grounds decision: at least 30 days in England and
 * Wales [S12][S30], 90 days in Scotland [S42][S43], 45 days in Northern Ireland [S46];</li>
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

    /** The last day of the recovery period that starts with a positive reasonable-grounds decision. */
    public static LocalDate recoveryPeriodEnds(LocalDate positiveDecision, Nation nation) {
        return positiveDecision.plusDays(recoveryPeriodDays(nation));
    }

    public static int recoveryPeriodDays(Nation nation) {
        return switch (nation) {
            case ENGLAND, WALES -> 30;
            case SCOTLAND -> 90;
            case NORTHERN_IRELAND -> 45;
        };
    }

    public static LocalDate nextReview(LocalDate from) {
        return from.plusDays(REVIEW_INTERVAL_DAYS);
    }
}
