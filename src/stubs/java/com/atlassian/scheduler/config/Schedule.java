// Source: atlassian-scheduler API com.atlassian.scheduler.config.Schedule: static forInterval(long intervalInMillis,
// Date firstRunTime), as public plugins build interval schedules, and getIntervalScheduleInfo(), as public plugins and
// atlassian-scheduler's own code read them back (the search tool); static runOnce(Date runTime), as Atlassian's Teams
// integration schedules a one-off RUN_ONCE_PER_CLUSTER job (shared/reference/jira-wave2-apis.md §8), which
// atlassian-scheduler makes an interval schedule of interval 0. Subset.
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

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }
}
