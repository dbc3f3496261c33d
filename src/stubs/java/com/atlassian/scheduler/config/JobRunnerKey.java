// Source: atlassian-scheduler API com.atlassian.scheduler.config.JobRunnerKey: static of(String) (public plugins:
// JobRunnerKey.of(SomeJobRunner.class.getName())). Subset; equal when their ids are.
package com.atlassian.scheduler.config;

public final class JobRunnerKey {
    private final String id;

    private JobRunnerKey(String id) {
        this.id = id;
    }

    public static JobRunnerKey of(String id) {
        return new JobRunnerKey(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
