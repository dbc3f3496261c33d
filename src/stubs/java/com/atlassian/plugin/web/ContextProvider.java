// Source: atlassian-plugins-webfragment-api com.atlassian.plugin.web.ContextProvider; shared/reference/
// jira-platform.md §2.5 [confirmed in public code].
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
