package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.Test;

public class ChronologyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final LocalDateTime NOW = DAY.plusDays(3).atTime(12, 0);

    private static Chronology.Entry at(int hour, Chronology.Kind kind, String what) {
        return new Chronology.Entry(DAY.atTime(hour, 0), false, kind, "Sam Lead", what);
    }

    private static Chronology.Entry on(LocalDate day, Chronology.Kind kind, String what) {
        return new Chronology.Entry(day.atStartOfDay(), true, kind, "", what);
    }

    private static List<String> whats(List<Chronology.Entry> entries) {
        return entries.stream().map(Chronology.Entry::what).toList();
    }

    /** The police were told on the day the concern was raised at 20:16, so after it, never before (issue 30). */
    @Test
    public void of_shouldRunOldestFirstWithADayKnownOnlyToTheDayAfterThatDaysTimes() {
        Chronology chronology = Chronology.of(List.of(
                at(15, Chronology.Kind.COMMENT, "Said she is afraid"),
                on(DAY, Chronology.Kind.SHARED, "Police told"),
                at(9, Chronology.Kind.STEP, "Create"),
                new Chronology.Entry(LocalDateTime.of(2026, 11, 29, 23, 0), false, Chronology.Kind.LAST_SEEN, "",
                        "Last seen at the car wash")), NOW);

        assertThat(whats(chronology.happened()), contains("Last seen at the car wash", "Create", "Said she is afraid",
                "Police told"));
        assertThat(chronology.comingUp(), empty());
    }

    @Test
    public void of_shouldPutAWorkflowStepBeforeTheCommentMadeAtTheSameMomentAndKeepTheRestInOrder() {
        Chronology chronology = Chronology.of(List.of(at(10, Chronology.Kind.COMMENT, "Note one"),
                at(10, Chronology.Kind.STEP, "Report missing"), at(10, Chronology.Kind.COMMENT, "Note two")), NOW);

        assertThat(whats(chronology.happened()), contains("Report missing", "Note one", "Note two"));
    }

    /** A decision due or a review ahead is not something that happened: it is coming up, soonest first. */
    @Test
    public void of_shouldPutDaysStillAheadApartSoonestFirst() {
        Chronology chronology = Chronology.of(List.of(
                on(NOW.toLocalDate().plusDays(28), Chronology.Kind.DAY, "Next review"),
                on(NOW.toLocalDate(), Chronology.Kind.DAY, "Referred on"),
                on(NOW.toLocalDate().plusDays(5), Chronology.Kind.DAY, "Decision due"),
                at(9, Chronology.Kind.STEP, "Create")), NOW);

        assertThat(whats(chronology.happened()), contains("Create", "Referred on"));
        assertThat(whats(chronology.comingUp()), contains("Decision due", "Next review"));
    }
}
