package org.safeguarding.jira.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.safeguarding.referral.SafeguardingPlan;

/** Where the organisation's safeguarding plan is kept: SAL's plugin settings in Jira, memory in the preview host. */
public interface PlanStore {
    /** The plan an admin saved, and the day they saved it. */
    record Saved(SafeguardingPlan plan, LocalDate on) {
    }

    /** Empty until an admin saves a plan. */
    Optional<Saved> read();

    /** Replaces the plan; check it first ({@link SafeguardingPlan#check()}). */
    void save(Saved saved);
}
