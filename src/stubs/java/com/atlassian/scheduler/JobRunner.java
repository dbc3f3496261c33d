// Source: atlassian-scheduler API com.atlassian.scheduler.JobRunner: JobRunnerResponse runJob(JobRunnerRequest), as
// public plugins implement it (the search tool: scheduled-task runners returning JobRunnerResponse.success()).
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
