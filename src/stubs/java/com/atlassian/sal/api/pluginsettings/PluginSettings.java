// Source: SAL API com.atlassian.sal.api.pluginsettings.PluginSettings; shared/reference/jira-platform.md §2.7
// [confirmed by TPI usage]: get, put, remove. Values are String, List<String> or Map<String,String>.
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
