package org.safeguarding.jira.platform;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules one of the app's jobs to run on one node of the cluster. A scheduler that refuses is logged and left: the
 * job's work can also be asked for from the administration page, and Jira must keep starting.
 */
public final class ClusterJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);

    private ClusterJobs() {
    }

    /** @param what the job in words, for the log */
    public static void schedule(SchedulerService scheduler, JobRunnerKey runner, JobId job, Schedule when,
                                String what) {
        try {
            scheduler.scheduleJob(job, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(when));
        } catch (SchedulerServiceException e) {
            LOG.error("Safeguarding for Jira: {} could not be scheduled", what, e);
        }
    }
}
