// Source: atlassian-scheduler API com.atlassian.scheduler.config.IntervalScheduleInfo, what
// Schedule.getIntervalScheduleInfo() returns: getFirstRunTime(), getIntervalInMillis(), as public plugins read them
// (the search tool). Subset; the real class is built by Schedule.forInterval, never by plugins.
package com.atlassian.scheduler.config;

import java.util.Date;

public final class IntervalScheduleInfo {
    private final Date firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        this.firstRunTime = firstRunTime;
        this.intervalInMillis = intervalInMillis;
    }

    public Date getFirstRunTime() {
        return firstRunTime;
    }

    public long getIntervalInMillis() {
        return intervalInMillis;
    }
}
