package org.safeguarding.jira.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.safeguarding.referral.SafeguardingPlan;
import org.safeguarding.resources.TextFingerprint;

/** Where the organisation's safeguarding plan is kept: SAL's plugin settings in Jira, memory in the preview host. */
public interface PlanStore {
    /** The plan an admin saved, and the day they saved it. */
    record Saved(SafeguardingPlan plan, LocalDate on) {
        /** The plan's fingerprint: a changed plan is a new version, and asks everyone to read it again. */
        public String version() {
            return TextFingerprint.of(String.join("\n", plan.texts()));
        }
    }

    /** Empty until an admin saves a plan. */
    Optional<Saved> read();

    /** Replaces the plan; check it first ({@link SafeguardingPlan#check()}). */
    void save(Saved saved);
}
