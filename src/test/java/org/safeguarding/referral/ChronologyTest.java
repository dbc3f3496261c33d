package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.Test;

public class ChronologyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static Chronology.Entry at(int hour, Chronology.Kind kind, String what) {
        return new Chronology.Entry(DAY.atTime(hour, 0), false, kind, "Sam Lead", what);
    }

    private static List<String> whats(Chronology chronology) {
        return chronology.entries().stream().map(Chronology.Entry::what).toList();
    }

    @Test
    public void entries_shouldRunOldestFirstWithADayKnownOnlyToTheDayBeforeThatDaysTimes() {
        Chronology chronology = new Chronology(List.of(
                at(15, Chronology.Kind.COMMENT, "Said she is afraid"),
                new Chronology.Entry(DAY.atStartOfDay(), true, Chronology.Kind.SHARED, "Sam Lead", "Police told"),
                at(9, Chronology.Kind.STEP, "Create"),
                new Chronology.Entry(LocalDateTime.of(2026, 11, 29, 23, 0), false, Chronology.Kind.LAST_SEEN, "",
                        "Last seen at the car wash")));

        assertThat(whats(chronology), contains("Last seen at the car wash", "Police told", "Create",
                "Said she is afraid"));
    }

    @Test
    public void entries_shouldPutAWorkflowStepBeforeTheCommentMadeAtTheSameMomentAndKeepTheRestInOrder() {
        Chronology chronology = new Chronology(List.of(at(10, Chronology.Kind.COMMENT, "Note one"),
                at(10, Chronology.Kind.STEP, "Report missing"), at(10, Chronology.Kind.COMMENT, "Note two")));

        assertThat(whats(chronology), contains("Report missing", "Note one", "Note two"));
    }
}
