package org.safeguarding.preview;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;
import java.util.TreeMap;

/** SAL's global plugin settings, kept in memory by key as Jira keeps them in its database; putting null removes. */
public final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {
    private final Map<String, Object> values = new TreeMap<>();

    /** Every key and value, as a fixture stores them. */
    public Map<String, Object> values() {
        return values;
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return value == null ? values.remove(key) : values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }
}
