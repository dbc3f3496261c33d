// Source: jira-api com.atlassian.jira.plugin.webfragment.conditions.AbstractWebCondition implements Condition;
// shared/reference/jira-platform.md §2.5 [confirmed in public code]: abstract shouldDisplay(ApplicationUser, JiraHelper).
package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

public abstract class AbstractWebCondition implements Condition {
    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        throw new UnsupportedOperationException("stand-in");
    }

    public abstract boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper);
}
