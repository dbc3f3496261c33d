// Source: atlassian-scheduler API com.atlassian.scheduler.config.Schedule: static forInterval(long intervalInMillis,
// Date firstRunTime), as public plugins build interval schedules, and getIntervalScheduleInfo(), as public plugins and
// atlassian-scheduler's own code read them back (the search tool). Subset.
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    private final IntervalScheduleInfo intervalScheduleInfo;

    private Schedule(IntervalScheduleInfo intervalScheduleInfo) {
        this.intervalScheduleInfo = intervalScheduleInfo;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }
}
