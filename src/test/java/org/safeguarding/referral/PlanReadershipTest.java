package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.referral.StaffMember;
import org.safeguarding.referral.PlanReadership.Read;
import org.safeguarding.referral.PlanReadership.Row;
import org.safeguarding.referral.PlanReadership.Status;

public class PlanReadershipTest {
    private static final StaffMember ANN = new StaffMember("ann", "Ann Lee");
    private static final StaffMember BEN = new StaffMember("ben", "ben Cole");
    private static final StaffMember CAT = new StaffMember("cat", "Cat Day");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 3);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 2);

    @Test
    public void of_shouldPutThoseWhoHaveNotReadTheCurrentVersionFirstWithWhenTheyLastReadOne() {
        PlanReadership readership = PlanReadership.of("v2", List.of(ANN, BEN, CAT), Map.of(
                "ann", List.of(new Read("v2", DECEMBER), new Read("v1", MARCH)),
                "ben", List.of(new Read("v1", MARCH)),
                "someone-who-left", List.of(new Read("v2", DECEMBER))));

        assertThat(readership.rows(), contains(
                new Row(CAT, Status.NOT_READ, Optional.empty()),
                new Row(BEN, Status.READ_EARLIER_VERSION, Optional.of(MARCH)),
                new Row(ANN, Status.READ, Optional.of(DECEMBER))));
        assertThat(readership.readCurrent(), is(1L));
        assertThat(readership.percentRead(), is(Optional.of(33)));
    }

    @Test
    public void of_shouldCountTheFirstReadOfTheCurrentVersion() {
        PlanReadership readership = PlanReadership.of("v2", List.of(ANN), Map.of("ann", List.of(
                new Read("v2", DECEMBER), new Read("v2", MARCH))));

        assertThat(readership.rows().get(0).readOn(), is(Optional.of(MARCH)));
        assertThat(readership.percentRead(), is(Optional.of(100)));
    }

    @Test
    public void percentRead_shouldSayNothingWhenThereAreNoStaff() {
        assertThat(PlanReadership.of("v1", List.of(), Map.of()).percentRead(), is(Optional.empty()));
    }
}
