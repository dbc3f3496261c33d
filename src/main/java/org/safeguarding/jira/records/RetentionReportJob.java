package org.safeguarding.jira.records;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.ClusterJobs;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.referral.ClosedCase;

/**
 * Once a day, on one node of the cluster: lists the closed cases past their retention period (their review date
 * come, or the organisation's retention period after closing ended) for the administration page. It never changes
 * or removes a case: deciding is for a person, with the retention schedule.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class RetentionReportJob implements JobRunner, LifecycleAware {
    static final JobRunnerKey RUNNER = JobRunnerKey.of(RetentionReportJob.class.getName());
    static final JobId JOB = JobId.of(RetentionReportJob.class.getName() + ".daily");
    static final Duration EVERY = Duration.ofDays(1);
    /** The first run waits a little after start-up, when the node is busy. */
    static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(10);

    private final SchedulerService scheduler;
    private final ClosedCases closed;
    private final SettingsStore settings;
    private final RetentionReports reports;
    private final Clock clock;

    @Inject
    public RetentionReportJob(SchedulerService scheduler, ClosedCases closed, SettingsStore settings,
                              RetentionReports reports, Clock clock) {
        this.scheduler = scheduler;
        this.closed = closed;
        this.settings = settings;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        ClusterJobs.schedule(scheduler, RUNNER, JOB, Schedule.forInterval(EVERY.toMillis(),
                Date.from(clock.instant().plus(FIRST_RUN_AFTER))), "the daily retention report");
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        LocalDate today = LocalDate.now(clock);
        Integer years = settings.read().retentionYears();
        List<ClosedCase> due = closed.all().stream().filter(closedCase -> closedCase.isDue(years, today))
                .sorted(Comparator.comparing(closedCase -> closedCase.dueOn(years).orElseThrow())).toList();
        reports.save(new RetentionReports.Report(today, due.subList(0, Math.min(due.size(),
                RetentionReports.LISTED)), due.size()));
        return JobRunnerResponse.success(due.size() + " closed cases past their retention period");
    }
}
