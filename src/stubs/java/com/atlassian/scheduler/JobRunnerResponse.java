// Source: atlassian-scheduler API com.atlassian.scheduler.JobRunnerResponse: static success(String message), as public
// job runners return it (the search tool: JobRunnerResponse.success("Job scheduled") and others); static failed(String),
// as public job runners report a failed run; getMessage(). Subset.
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(message);
    }

    public String getMessage() {
        return message;
    }
}
