package org.safeguarding.jira.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.referral.StaffTraining.Trained;
import org.safeguarding.referral.TrainingCourse;
import org.safeguarding.upgrade.InMemoryActiveObjects;

/** The training records over Active Objects as strict as Jira's database: its column names, NOT NULL and queries. */
public class AoTrainingRecordsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private final AoTrainingRecords records = new AoTrainingRecords(new InMemoryActiveObjects());

    @Test
    public void all_shouldGiveEveryCourseRecordedByWhoCompletedIt() {
        Trained first = new Trained(TrainingCourse.STOP_THE_TRAFFIK, LocalDate.of(2025, 11, 3));
        Trained refresher = new Trained(TrainingCourse.E_LEARNING, LocalDate.of(2026, 11, 20));
        records.record("worker", first, "lead", NOW);
        records.record("worker", refresher, "lead", NOW);
        records.record("admin", first, "lead", NOW);

        Map<String, List<Trained>> all = records.all();

        assertThat(all.get("worker"), contains(first, refresher));
        assertThat(all.get("admin"), contains(first));
        assertThat(all.size(), is(2));
    }

    @Test
    public void of_shouldGiveEveryCourseRecordedForOneUserWithWhoRecordedItAndWhen() {
        Trained first = new Trained(TrainingCourse.STOP_THE_TRAFFIK, LocalDate.of(2025, 11, 3));
        records.record("worker", first, "lead", NOW);
        records.record("admin", first, "lead", NOW);

        assertThat(records.of("worker"), contains(new TrainingRecords.Entry(first, "lead", NOW)));
    }

    @Test
    public void all_shouldBeEmptyBeforeAnythingIsRecorded() {
        assertThat(records.all().isEmpty(), is(true));
    }
}
