// Source: atlassian-plugins-webfragment-api com.atlassian.plugin.web.Condition; shared/reference/jira-platform.md
// §2.5 [confirmed via AMD PullRequestExistsCondition].
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
