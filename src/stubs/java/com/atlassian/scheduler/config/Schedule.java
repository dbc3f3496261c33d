// Source: atlassian-scheduler API com.atlassian.scheduler.config.Schedule: static forInterval(long intervalInMillis,
// Date firstRunTime), as public plugins build interval schedules (the search tool). Subset.
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    private Schedule() {
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule();
    }
}
