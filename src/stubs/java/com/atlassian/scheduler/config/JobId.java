// Source: atlassian-scheduler API com.atlassian.scheduler.config.JobId: static of(String) (public plugins:
// JobId.of(SomeJob.class.getName())). Subset; equal when their ids are.
package com.atlassian.scheduler.config;

public final class JobId {
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && that.id.equals(id);
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
