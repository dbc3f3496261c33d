package org.safeguarding.jira.work;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.StatusSteps;
import org.safeguarding.referral.WorkQueue;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;

/**
 * What a lead triages a case in a list by: how serious it is now (at its status, as the panel says), whether the
 * person is or may be a child, its status, its days, and who has it.
 *
 * @param days     the case's days that are recorded, by what they are
 * @param assignee the display name of whoever has the case; empty when nobody has
 */
public record Triage(RiskLevel risk, boolean child, Optional<ReferralStep> status, Map<WorkQueue.Day, LocalDate> days,
                     Optional<String> assignee) {
    public Triage {
        days = Map.copyOf(days);
    }

    /** A case's triage from what it records, its status, the day it was raised and its assignee's name. */
    public static Triage of(CaseValues values, Optional<ReferralStep> status, LocalDate raised,
                            Optional<String> assignee, Organisation organisation, LocalDate today) {
        Screening screening = ScreeningAssembler.from(values);
        Map<WorkQueue.Day, LocalDate> days = new EnumMap<>(WorkQueue.Day.class);
        days.put(WorkQueue.Day.RAISED, raised);
        values.date(CaseFields.REFERRED_ON).ifPresent(day -> days.put(WorkQueue.Day.REFERRED, day));
        values.date(CaseFields.REASONABLE_GROUNDS_DUE).ifPresent(day -> days.put(WorkQueue.Day.DECISION_DUE, day));
        values.date(CaseFields.NEXT_REVIEW).ifPresent(day -> days.put(WorkQueue.Day.NEXT_REVIEW, day));
        values.date(CaseFields.RETENTION_REVIEW).ifPresent(day -> days.put(WorkQueue.Day.RETENTION_REVIEW, day));
        return new Triage(StatusSteps.levelAt(status, Assessor.assess(screening, organisation, today)),
                screening.treatedAsChild(today), status, days, assignee);
    }
}
