package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.ClosedCase;

public class RetentionReportJobTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;

    private final InMemoryClosedCases closed = new InMemoryClosedCases();
    private final InMemoryRetentionReports reports = new InMemoryRetentionReports();
    private final InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
    private RetentionReportJob job;

    @Before
    public void setUp() {
        job = new RetentionReportJob(scheduler, closed, settings, reports,
                Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/London")));
    }

    @Test
    public void onStart_shouldRegisterTheRunnerAndScheduleItDailyOnOneNodeOfTheCluster() throws Exception {
        job.onStart();

        verify(scheduler).registerJobRunner(RetentionReportJob.RUNNER, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(RetentionReportJob.JOB), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(config.getValue().getJobRunnerKey(), is(RetentionReportJob.RUNNER));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis(),
                is(Duration.ofDays(1).toMillis()));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime(),
                is(Date.from(Instant.parse("2026-11-29T09:10:00Z"))));
    }

    @Test
    public void runJob_shouldListTheFiveHundredDueLongestAgoAndCountTheRest() {
        for (int day = 1; day <= RetentionReports.LISTED + 3; day++) {
            closed.closed("SG-" + day, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1).plusDays(day));
        }

        job.runJob(mock(JobRunnerRequest.class));

        RetentionReports.Report report = reports.latest().orElseThrow();
        assertThat(report.total(), is(RetentionReports.LISTED + 3));
        assertThat(report.due().size(), is(RetentionReports.LISTED));
        assertThat(report.due().get(0).caseKey(), is("SG-1"));
    }

    @Test
    public void onStart_shouldKeepGoingWhenTheSchedulerRefuses() throws Exception {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        job.onStart();

        verify(scheduler).registerJobRunner(RetentionReportJob.RUNNER, job);
    }

    @Test
    public void onStop_shouldUnregisterTheRunner() {
        job.onStop();

        verify(scheduler).unregisterJobRunner(RetentionReportJob.RUNNER);
    }

    @Test
    public void runJob_shouldReportTheClosedCasesPastTheirReviewDateOrRetentionPeriod() {
        settings.save(new AppSettings(Set.of(), false, false, null, null, 6));
        closed.closed("SG-1", LocalDate.of(2020, 1, 6), LocalDate.of(2040, 1, 1));
        closed.closed("SG-2", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 11, 29));
        closed.closed("SG-3", LocalDate.of(2025, 3, 1), LocalDate.of(2031, 1, 1));

        String message = job.runJob(mock(JobRunnerRequest.class)).getMessage();

        assertThat(reports.latest().orElseThrow().ranOn(), is(LocalDate.of(2026, 11, 29)));
        assertThat(reports.latest().orElseThrow().due().stream().map(ClosedCase::caseKey).toList(),
                is(List.of("SG-1", "SG-2")));
        assertThat(reports.latest().orElseThrow().total(), is(2));
        assertThat(message, is("2 closed cases past their retention period"));
    }
}
