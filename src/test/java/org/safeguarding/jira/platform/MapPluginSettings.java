package org.safeguarding.jira.platform;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;

/** SAL's global plugin settings held in a map, for the stores that keep their values there; counts the reads. */
public final class MapPluginSettings implements PluginSettingsFactory, PluginSettings {
    public final Map<String, Object> stored = new HashMap<>();
    public int reads;

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        reads++;
        return stored.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return stored.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return stored.remove(key);
    }
}
