package org.safeguarding.jira.staff;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The days former staff were first seen gone, in SAL's global plugin settings (every node shares them), as one value in
 * Java's properties format: user key = year-month-day. A day that cannot be read counts as not seen gone yet, so a
 * record is never removed early.
 */
@Named
public class PluginSettingsStaffDepartures implements StaffDepartures {
    static final String KEY = "org.safeguarding.staff.left-on";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsStaffDepartures(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public Map<String, LocalDate> read() {
        Map<String, LocalDate> leftOn = new HashMap<>();
        if (settingsFactory.createGlobalSettings().get(KEY) instanceof String stored) {
            Properties days = new Properties();
            try {
                days.load(new StringReader(stored));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            days.forEach((user, day) -> {
                try {
                    leftOn.put((String) user, LocalDate.parse((String) day));
                } catch (DateTimeParseException unreadable) {
                    // Left out: seen gone again from the next run, so kept for the whole period after it.
                }
            });
        }
        return leftOn;
    }

    @Override
    public void save(Map<String, LocalDate> leftOn) {
        Properties days = new Properties();
        leftOn.forEach((user, day) -> days.setProperty(user, day.toString()));
        StringWriter stored = new StringWriter();
        try {
            days.store(stored, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settingsFactory.createGlobalSettings().put(KEY, stored.toString());
    }
}
