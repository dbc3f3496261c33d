package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class ClosedCaseTest {
    private static final LocalDate CLOSED = LocalDate.of(2020, 1, 6);

    @Test
    public void dueOn_shouldBeTheReviewDateOrTheEndOfTheRetentionPeriodWhicheverIsFirst() {
        ClosedCase closed = new ClosedCase("SG-1", CLOSED, LocalDate.of(2030, 1, 1));

        assertThat(closed.dueOn(null), is(Optional.of(LocalDate.of(2030, 1, 1))));
        assertThat(closed.dueOn(6), is(Optional.of(LocalDate.of(2026, 1, 6))));
        assertThat(closed.dueOn(20), is(Optional.of(LocalDate.of(2030, 1, 1))));
    }

    @Test
    public void dueOn_shouldBeUnknownForACaseClosedWithoutAReviewDateWhenNoPeriodIsSet() {
        ClosedCase closed = new ClosedCase("SG-1", CLOSED, null);

        assertThat(closed.dueOn(null), is(Optional.empty()));
        assertThat(closed.isDue(null, LocalDate.of(2099, 1, 1)), is(false));
        assertThat(closed.dueOn(3), is(Optional.of(LocalDate.of(2023, 1, 6))));
    }

    @Test
    public void isDue_shouldBeTrueFromTheDueDayOn() {
        ClosedCase closed = new ClosedCase("SG-1", CLOSED, LocalDate.of(2030, 1, 1));

        assertThat(closed.isDue(null, LocalDate.of(2029, 12, 31)), is(false));
        assertThat(closed.isDue(null, LocalDate.of(2030, 1, 1)), is(true));
    }
}
