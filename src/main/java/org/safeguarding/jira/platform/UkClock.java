package org.safeguarding.jira.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.inject.Named;

/**
 * The one clock the app runs on, injected wherever a date or time is taken, and the UK's whatever zone the server runs
 * in: a UK deadline, "today", a date shown to a lead or a case's day of creation is the day in Europe/London; on a
 * server in UTC, taking the server's day would be a day early between midnight and 1 am in summer. Tests give the same
 * constructors a fixed clock instead.
 */
@Named
public final class UkClock extends Clock {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock system = Clock.system(ZONE);

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        return system.instant();
    }

    @Override
    public long millis() {
        return system.millis();
    }
}
