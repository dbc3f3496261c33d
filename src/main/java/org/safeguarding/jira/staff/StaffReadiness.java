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
    /**
     * How the staff stand, read once for a page: the settings and the group's members are read a single time however
     * many of the parts the page shows.
     *
     * @param staffGroup       the group of staff who raise concerns, as the settings name it; empty for none
     * @param staff            its members; none while the settings name no group
     * @param planReadership   who has read the plan's current version; empty while the plan is still the template
     * @param refresherMonths  how long a course counts, as the settings say; null when it counts for good
     */
    record Standing(Optional<String> staffGroup, List<StaffMember> staff, Optional<PlanReadership> planReadership,
                    StaffTraining training, Integer refresherMonths) {
        public Standing {
            staff = List.copyOf(staff);
        }
    }

    Standing now(LocalDate today);
}
