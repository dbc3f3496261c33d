package org.safeguarding.jira.platform;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value kept as JSON under one key of SAL's global plugin settings, which every node reads: what the app writes
 * for the administration page (the latest retention report, the latest set-up run). An unreadable value reads as
 * none, and the next write replaces it.
 */
public final class PluginSettingsJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PluginSettingsJson() {
    }

    /** The stored value, read as the JSON type and turned into ours; empty when none, or not readable as one. */
    public static <J, T> Optional<T> read(PluginSettingsFactory settings, String key, Class<J> json, Function<J, T> ours) {
        if (!(settings.createGlobalSettings().get(key) instanceof String stored)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ours.apply(JSON.readValue(stored, json)));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void write(PluginSettingsFactory settings, String key, Object json) {
        try {
            settings.createGlobalSettings().put(key, JSON.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(key + " could not be written as JSON", e);
        }
    }
}
