package org.safeguarding.jira.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as UK readers write them ("29 Nov 2026", "18:30", "29 Nov 2026, 18:30:00"), on every page the app renders.
 */
public final class UkDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private UkDates() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** Null stays null: the caller says what "not recorded" looks like. */
    public static String dayAndTime(LocalDateTime when) {
        return when == null ? null : DAY_AND_TIME.format(when);
    }
}
