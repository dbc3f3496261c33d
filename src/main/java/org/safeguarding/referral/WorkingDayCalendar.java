package org.safeguarding.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.screening.Nation;

/**
 * Working days by UK nation: Monday to Friday, less the nation's bank holidays, from the data file
 * {@code referral/uk-bank-holidays.properties} (its source and date are in the file). Beyond the years the file
 * covers, bank holidays are unknown, so a count that reaches past them is marked approximate.
 */
public final class WorkingDayCalendar {
    static final String FILE = "referral/uk-bank-holidays.properties";

    private final Map<Nation, Set<LocalDate>> holidays = new EnumMap<>(Nation.class);
    private final LocalDate coveredUntil;

    /** The result of counting working days: the date, and whether unknown bank holidays may move it. */
    public record Count(LocalDate date, boolean approximate) {
    }

    private WorkingDayCalendar(Properties file) {
        coveredUntil = LocalDate.parse(file.getProperty("covered-until").strip());
        for (Nation nation : Nation.values()) {
            String key = switch (nation) {
                case ENGLAND, WALES -> "england-and-wales";
                case SCOTLAND -> "scotland";
                case NORTHERN_IRELAND -> "northern-ireland";
            };
            holidays.put(nation, Arrays.stream(file.getProperty(key).split(",")).map(String::strip)
                    .filter(date -> !date.isEmpty()).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet()));
        }
    }

    /** The calendar shipped with the app. */
    /** The UK calendar, read from the shipped file once: every transition that sets a date asks for it. */
    public static WorkingDayCalendar uk() {
        return Uk.CALENDAR;
    }

    private static WorkingDayCalendar load() {
        InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("the bank holidays file " + FILE + " is missing from the app");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties file = new Properties();
            file.load(reader);
            return new WorkingDayCalendar(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the bank holidays file " + FILE + " is unreadable", e);
        }
    }

    /** Holds the UK calendar, loaded on first use. */
    private static final class Uk {
        static final WorkingDayCalendar CALENDAR = load();
    }

    public boolean isWorkingDay(LocalDate date, Nation nation) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.get(nation).contains(date);
    }

    /** The day that is {@code workingDays} working days after {@code from} (which does not count). */
    public Count addWorkingDays(LocalDate from, int workingDays, Nation nation) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate date = from;
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date, nation)) {
                counted++;
            }
        }
        return new Count(date, date.isAfter(coveredUntil));
    }

    public LocalDate coveredUntil() {
        return coveredUntil;
    }
}
