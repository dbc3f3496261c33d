// Source: SAL API com.atlassian.sal.api.pluginsettings.PluginSettingsFactory; shared/reference/jira-platform.md §2.7
// [confirmed by TPI usage on Jira 10.3]. Subset.
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
