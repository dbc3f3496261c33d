package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class StaffRecordsRetentionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    public void decide_shouldKeepStaffNoteWhoLeftAndForgetThemOnceThePeriodHasPassed() {
        StaffRecordsRetention retention = StaffRecordsRetention.decide(Set.of("ann", "ben", "cat", "dan"),
                Set.of("ann"), Map.of("cat", TODAY.minusMonths(6), "dan", TODAY.minusMonths(5), "ann",
                        TODAY.minusYears(1)), 6, TODAY);

        // Ann is staff again: nothing noted. Ben is gone from today. Cat's six months are up today; Dan's are not.
        assertThat(retention.forget(), is(Set.of("cat")));
        assertThat(retention.leftOn(), is(Map.of("ben", TODAY, "dan", TODAY.minusMonths(5))));
    }

    @Test
    public void decide_shouldForgetNothingWithoutAPeriod() {
        StaffRecordsRetention retention = StaffRecordsRetention.decide(Set.of("ben"), Set.of(),
                Map.of("ben", TODAY.minusYears(10)), null, TODAY);

        assertThat(retention.forget().isEmpty(), is(true));
        assertThat(retention.leftOn(), is(Map.of("ben", TODAY.minusYears(10))));
    }
}
