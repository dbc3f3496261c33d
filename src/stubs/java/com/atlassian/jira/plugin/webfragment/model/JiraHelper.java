// Source: jira-api com.atlassian.jira.plugin.webfragment.model.JiraHelper; shared/reference/jira-platform.md §2.5
// (getContextParams confirmed by TPI and AMD). Subset.
package com.atlassian.jira.plugin.webfragment.model;

import java.util.Map;

public class JiraHelper {
    public Map<String, Object> getContextParams() {
        throw new UnsupportedOperationException("stand-in");
    }
}
