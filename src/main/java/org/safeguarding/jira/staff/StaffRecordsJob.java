package org.safeguarding.jira.staff;

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
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.plan.PlanReads;
import org.safeguarding.jira.platform.ClusterJobs;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.StaffMember;
import org.safeguarding.referral.StaffRecordsRetention;

/**
 * Once a day, on one node of the cluster: notes who with staff records has left the group of staff who raise
 * concerns, and removes their records once the settings' period after leaving has passed
 * ({@link StaffRecordsRetention}). While the settings name no group, or Jira no longer has it, it decides nothing: an
 * empty or missing group would make everyone look gone.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class StaffRecordsJob implements JobRunner, LifecycleAware {
    static final JobRunnerKey RUNNER = JobRunnerKey.of(StaffRecordsJob.class.getName());
    static final JobId JOB = JobId.of(StaffRecordsJob.class.getName() + ".daily");
    static final Duration EVERY = Duration.ofDays(1);
    /** The first run waits a little after start-up, when the node is busy. */
    static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(15);

    private final SchedulerService scheduler;
    private final SettingsStore settings;
    private final LeadNames groups;
    private final PlanReads planReads;
    private final TrainingRecords training;
    private final StaffDepartures departures;
    private final Clock clock;

    @Inject
    public StaffRecordsJob(SchedulerService scheduler, SettingsStore settings, LeadNames groups, PlanReads planReads,
                           TrainingRecords training, StaffDepartures departures, Clock clock) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.groups = groups;
        this.planReads = planReads;
        this.training = training;
        this.departures = departures;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        ClusterJobs.schedule(scheduler, RUNNER, JOB, Schedule.forInterval(EVERY.toMillis(),
                Date.from(clock.instant().plus(FIRST_RUN_AFTER))), "the daily review of staff records");
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        AppSettings named = settings.read();
        if (named.staffGroup() == null || !groups.groupExists(named.staffGroup())) {
            return JobRunnerResponse.success("no staff group to tell who has left: nothing decided");
        }
        Set<String> staff = groups.people(named.staffGroup()).stream().map(StaffMember::key)
                .collect(Collectors.toSet());
        Set<String> withRecords = new HashSet<>(planReads.userKeys());
        withRecords.addAll(training.all().keySet());
        StaffRecordsRetention decided = StaffRecordsRetention.decide(withRecords, staff, departures.read(),
                named.staffRecordsMonths(), LocalDate.now(clock));
        decided.forget().forEach(user -> {
            planReads.forget(user);
            training.forget(user);
        });
        departures.save(decided.leftOn());
        return JobRunnerResponse.success(decided.forget().size() + " former staff's records removed");
    }
}
