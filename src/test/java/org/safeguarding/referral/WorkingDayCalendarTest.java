package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.Test;
import org.safeguarding.screening.Nation;

public class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.uk();
    private final Deadlines deadlines = new Deadlines(calendar);

    @Test
    public void uk_shouldReadTheFileOnceAndShareTheCalendar() {
        assertThat(WorkingDayCalendar.uk(), sameInstance(WorkingDayCalendar.uk()));
    }

    @Test
    public void reasonableGroundsDecisionDue_shouldSkipTheWeekend() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);

        assertThat(deadlines.reasonableGroundsDecisionDue(wednesday, Nation.ENGLAND),
                equalTo(new WorkingDayCalendar.Count(LocalDate.of(2026, 12, 2), false)));
    }

    @Test
    public void reasonableGroundsDecisionDue_shouldSkipEasterInEnglandButOnlyGoodFridayInScotland() {
        LocalDate thursdayBeforeEaster = LocalDate.of(2026, 4, 2);

        assertThat(deadlines.reasonableGroundsDecisionDue(thursdayBeforeEaster, Nation.WALES).date(),
                equalTo(LocalDate.of(2026, 4, 13)));
        assertThat(deadlines.reasonableGroundsDecisionDue(thursdayBeforeEaster, Nation.SCOTLAND).date(),
                equalTo(LocalDate.of(2026, 4, 10)));
    }

    @Test
    public void reasonableGroundsDecisionDue_shouldSkipNorthernIrelandsOwnHolidays() {
        LocalDate fridayBeforeTheTwelfth = LocalDate.of(2026, 7, 10);

        assertThat(deadlines.reasonableGroundsDecisionDue(fridayBeforeTheTwelfth, Nation.NORTHERN_IRELAND).date(),
                equalTo(LocalDate.of(2026, 7, 20)));
        assertThat(deadlines.reasonableGroundsDecisionDue(fridayBeforeTheTwelfth, Nation.ENGLAND).date(),
                equalTo(LocalDate.of(2026, 7, 17)));
    }

    @Test
    public void reasonableGroundsDecisionDue_shouldCrossTheYearEndAndItsSubstituteDays() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);

        assertThat(deadlines.reasonableGroundsDecisionDue(christmasEve, Nation.ENGLAND).date(),
                equalTo(LocalDate.of(2027, 1, 5)));
        assertThat(deadlines.reasonableGroundsDecisionDue(christmasEve, Nation.SCOTLAND).date(),
                equalTo(LocalDate.of(2027, 1, 6)));
    }

    @Test
    public void reasonableGroundsDecisionDue_shouldSayItIsApproximateBeyondTheKnownBankHolidays() {
        WorkingDayCalendar.Count due = deadlines.reasonableGroundsDecisionDue(calendar.coveredUntil().minusDays(1),
                Nation.ENGLAND);

        assertThat(due.approximate(), is(true));
    }

    @Test
    public void addWorkingDays_shouldRefuseANegativeCount() {
        try {
            calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1, Nation.ENGLAND);
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage(), equalTo("working days must not be negative: -1"));
            return;
        }
        throw new AssertionError("a negative count should be refused");
    }

    /**
     * Domain reference §13.4: England and Wales, at least 30 days beginning with the day of the decision (MSA s50A), so
     * the 30th day is the 29th after it; Scotland, up to 90 days from the decision (SSI 2018/90), a cap; Northern
     * Ireland, a recovery and reflection period of at least 45 days from it.
     */
    @Test
    public void recoverySupportDate_shouldFollowEachNationsLaw() {
        LocalDate positive = LocalDate.of(2026, 11, 30);

        assertThat(Deadlines.recoverySupportDate(positive, Nation.ENGLAND), equalTo(LocalDate.of(2026, 12, 29)));
        assertThat(Deadlines.recoverySupportDate(positive, Nation.WALES), equalTo(LocalDate.of(2026, 12, 29)));
        assertThat(Deadlines.recoverySupportDate(positive, Nation.SCOTLAND), equalTo(LocalDate.of(2027, 2, 28)));
        assertThat(Deadlines.recoverySupportDate(positive, Nation.NORTHERN_IRELAND),
                equalTo(LocalDate.of(2027, 1, 14)));
    }

    @Test
    public void nextReview_shouldBeFourWeeksOn() {
        assertThat(Deadlines.nextReview(LocalDate.of(2026, 12, 20)), equalTo(LocalDate.of(2027, 1, 17)));
    }

    @Test
    public void bankHolidays_shouldAllFallOnWeekdaysWithinTheCoveredYears() {
        for (Nation nation : Nation.values()) {
            for (LocalDate day = LocalDate.of(2025, 1, 1); !day.isAfter(calendar.coveredUntil()); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend) {
                    assertThat(day + " is a weekend, never a working day", calendar.isWorkingDay(day, nation), is(false));
                }
            }
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 17), Nation.NORTHERN_IRELAND), is(false));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 17), Nation.ENGLAND), is(true));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30), Nation.SCOTLAND), is(false));
    }
}
