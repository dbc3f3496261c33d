// Source: Jira's com.atlassian.jira.plugin.webfragment.conditions.UserIsAdminCondition (MYSRC jira-api 6.3;
// subclassed by Jira Suite Utilities), a web condition shown to Jira administrators. The plugin only names it in
// atlassian-plugin.xml and never constructs or calls it, so the stand-in carries just its name and kind.
package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;

public class UserIsAdminCondition extends AbstractWebCondition {
    @Override
    public boolean shouldDisplay(ApplicationUser user, JiraHelper jiraHelper) {
        throw new UnsupportedOperationException("stand-in");
    }
}
