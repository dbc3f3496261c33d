// Source: atlassian-scheduler API com.atlassian.scheduler.JobRunnerRequest, the argument of JobRunner.runJob. The
// plugin reads nothing from it, so the stand-in declares no members.
package com.atlassian.scheduler;

public interface JobRunnerRequest {
}
