// Source: atlassian-scheduler API com.atlassian.scheduler.SchedulerService, as public plugins call it (the search
// tool: pubflow-jira-plugin JiraManagerPluginJob, and scheduled-task plugins registering in afterPropertiesSet):
// registerJobRunner(JobRunnerKey, JobRunner), unregisterJobRunner(JobRunnerKey), scheduleJob(JobId, JobConfig)
// throws SchedulerServiceException. Subset.
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
