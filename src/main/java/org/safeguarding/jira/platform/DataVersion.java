package org.safeguarding.jira.platform;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The newest version of the app that has used this Jira's data. Installing an older version over a newer one is not
 * supported: an older version may not read what a newer one stored, so it says so on the administration page rather
 * than read it in silence. Set-up records the version on one node each time the app starts.
 */
@Named
public class DataVersion {
    public static final String KEY = "org.safeguarding.data.newest-version";
    /** Major, minor and patch; a development build's suffix ({@code -SNAPSHOT}) does not count. */
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:-.*)?");

    private final PluginSettingsFactory settings;
    private final AppVersion app;

    @Inject
    public DataVersion(PluginSettingsFactory settings, AppVersion app) {
        this.settings = settings;
        this.app = app;
    }

    /** Records this version as the newest to have used the data, unless a newer one has. */
    public void started() {
        if (newer().isEmpty()) {
            settings.createGlobalSettings().put(KEY, app.version());
        }
    }

    /** The newer version that used this Jira's data before this older one was installed, if one did. */
    public Optional<String> newer() {
        return Optional.ofNullable(settings.createGlobalSettings().get(KEY)).map(String::valueOf)
                .filter(stored -> compare(stored, app.version()) > 0);
    }

    /** Compares two versions by their numbers; one that is no version counts as the older, so it never warns. */
    static int compare(String one, String other) {
        Matcher first = VERSION.matcher(one);
        Matcher second = VERSION.matcher(other);
        if (!first.matches() || !second.matches()) {
            return Boolean.compare(first.matches(), second.matches());
        }
        for (int part = 1; part <= 3; part++) {
            int difference = Long.compare(Long.parseLong(first.group(part)), Long.parseLong(second.group(part)));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }
}
