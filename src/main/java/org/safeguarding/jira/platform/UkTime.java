package org.safeguarding.jira.platform;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The time the app's dates are in: the UK's, whatever zone the server runs in. A UK deadline, "today", a date shown
 * to a lead or a case's day of creation is the day in Europe/London; on a server in UTC, taking the server's day
 * would be a day early between midnight and 1 am in summer.
 */
public final class UkTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Now, as the UK reads it: the clock every part of the app runs on outside its tests. */
    public static final Clock CLOCK = Clock.system(ZONE);

    private UkTime() {
    }
}
