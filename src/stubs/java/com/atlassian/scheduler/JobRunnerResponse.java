// Source: atlassian-scheduler API com.atlassian.scheduler.JobRunnerResponse: static success(String message), as
// public job runners return it. Subset; the stand-in keeps the message so tests can read it.
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public String getMessage() {
        return message;
    }
}
