package org.safeguarding.jira.staff;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.SchedulerService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.preview.InMemoryPluginSettings;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.StaffTraining.Trained;
import org.safeguarding.referral.TrainingCourse;

/** The daily review of staff records, over the sample groups and the stores the preview uses. */
public class StaffRecordsJobTest {
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final Trained COURSE = new Trained(TrainingCourse.E_LEARNING, LocalDate.of(2026, 1, 5));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;

    private final InMemorySettings settings = new InMemorySettings(keepingFor(6, "jira-software-users"));
    private final InMemoryPlanReads reads = new InMemoryPlanReads();
    private final InMemoryTrainingRecords training = new InMemoryTrainingRecords();
    private final PluginSettingsStaffDepartures departures = new PluginSettingsStaffDepartures(
            new InMemoryPluginSettings());

    private static AppSettings keepingFor(Integer months, String staffGroup) {
        return new AppSettings(Set.of(), false, false, null, null, null, false, null, null, null, null, staffGroup,
                null, months);
    }

    private StaffRecordsJob job(Clock clock) {
        return new StaffRecordsJob(scheduler, settings, new SampleLeadNames(), reads, training, departures, clock);
    }

    @Test
    public void runJob_shouldNoteWhoLeftAndRemoveTheirRecordsOnceThePeriodHasPassed() {
        reads.read("worker", "v1", NOW);
        reads.read("home-lead", "v1", NOW);
        training.record("home-lead", COURSE, "lead", NOW);

        job(Clock.fixed(NOW, UkClock.ZONE)).runJob(null);

        // The preview's home-lead is not in jira-software-users: seen gone today, kept for now.
        assertThat(departures.read(), is(Map.of("home-lead", LocalDate.of(2026, 12, 7))));
        assertThat(reads.userKeys(), is(Set.of("worker", "home-lead")));

        job(Clock.fixed(Instant.parse("2027-06-07T03:00:00Z"), UkClock.ZONE)).runJob(null);

        assertThat(reads.userKeys(), is(Set.of("worker")));
        assertThat(training.of("home-lead").isEmpty(), is(true));
        assertThat(departures.read().isEmpty(), is(true));
    }

    @Test
    public void runJob_shouldDecideNothingWithoutAStaffGroupJiraHas() {
        reads.read("home-lead", "v1", NOW);
        settings.save(keepingFor(6, "a-group-since-deleted"));

        job(Clock.fixed(Instant.parse("2030-01-01T03:00:00Z"), UkClock.ZONE)).runJob(null);

        assertThat(reads.userKeys(), is(Set.of("home-lead")));
        assertThat(departures.read().isEmpty(), is(true));
    }

    @Test
    public void onStart_shouldRunDailyOncePerCluster() throws Exception {
        StaffRecordsJob job = job(Clock.fixed(NOW, UkClock.ZONE));

        job.onStart();

        verify(scheduler).registerJobRunner(StaffRecordsJob.RUNNER, job);
        verify(scheduler).scheduleJob(eq(StaffRecordsJob.JOB), any());
    }
}
