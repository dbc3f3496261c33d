// Source: jira-api com.atlassian.jira.config.ConstantsManager, as IssueTypeScreenSchemeEntityImpl's constructor takes
// it. Subset: the plugin calls nothing on it.
package com.atlassian.jira.config;

public interface ConstantsManager {
}
