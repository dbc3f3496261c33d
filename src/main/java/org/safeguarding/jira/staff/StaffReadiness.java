package org.safeguarding.jira.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.PlanReadership;
import org.safeguarding.referral.StaffMember;
import org.safeguarding.referral.StaffTraining;

/**
 * Whether the staff who raise concerns are ready for the first one: who has read the current safeguarding plan, and
 * who is trained. Staff data: callers show it to the leads and the admins only.
 */
public interface StaffReadiness {
    /** The group of staff who raise concerns, as the settings name it; empty for none. */
    Optional<String> staffGroup();

    /** Its members; none while the settings name no group. */
    List<StaffMember> staff();

    /** Who has read the plan's current version; empty while the plan is still the template. */
    Optional<PlanReadership> planReadership();

    StaffTraining training(LocalDate today);
}
