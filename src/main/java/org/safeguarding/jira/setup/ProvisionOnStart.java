package org.safeguarding.jira.setup;

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
import java.util.Date;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.ClusterJobs;
import org.safeguarding.jira.platform.DataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs set-up once Jira has started and whenever the app is enabled, so a new install is ready to use: as a one-off
 * job on one node, never in Jira's start-up thread, which other apps and nodes wait on. The administration page
 * shows the run as it goes and how each step went ({@link SetupRuns}).
 */
@Named
@ExportAsService(LifecycleAware.class)
public class ProvisionOnStart implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of(ProvisionOnStart.class.getName());
    static final JobId JOB = JobId.of(ProvisionOnStart.class.getName() + ".once");
    private static final Logger LOG = LoggerFactory.getLogger(ProvisionOnStart.class);

    private final SchedulerService scheduler;
    private final Provisioning provisioning;
    private final DataVersion dataVersion;
    private final Clock clock;

    @Inject
    public ProvisionOnStart(SchedulerService scheduler, Provisioning provisioning, DataVersion dataVersion,
                            Clock clock) {
        this.scheduler = scheduler;
        this.provisioning = provisioning;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        ClusterJobs.schedule(scheduler, RUNNER, JOB, Schedule.runOnce(Date.from(clock.instant())),
                "set-up (run it from the administration page)");
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            dataVersion.started();
            dataVersion.newer().ifPresent(newer -> LOG.warn("Safeguarding for Jira: version {} has used this Jira's "
                    + "data and this older version may not read it; see Set-up and Jira compatibility", newer));
        } catch (RuntimeException | LinkageError e) {
            // Setting up matters more than the record of versions: it goes on, and the next start records it.
            LOG.warn("Safeguarding for Jira could not record which version has used this Jira's data", e);
        }
        SetupReport report = provisioning.run(Optional.empty());
        LOG.info("Safeguarding for Jira set-up: {} created, {} already there", report.created().size(),
                report.found().size());
        report.problems().forEach(problem -> LOG.warn("Safeguarding for Jira set-up: {}", problem));
        return JobRunnerResponse.success(report.problems().isEmpty() ? "set up"
                : report.problems().size() + " set-up steps need attention: see the administration page");
    }
}
