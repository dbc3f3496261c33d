package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import java.util.Map;
import java.util.Optional;

/**
 * The key of the issue a view-issue panel is drawn for, and whether it is closed. Jira passes the issue in the context, or (as public plugins
 * found on 10.3) only through the JiraHelper's parameters, so both are read.
 */
public final class PanelIssue {
    private PanelIssue() {
    }

    public static Optional<String> key(Map<String, Object> context) {
        return issue(context).map(Issue::getKey);
    }

    /** Whether the issue is closed: it has a resolution, as only Close gives one and Reopen clears it. */
    public static boolean closed(Map<String, Object> context) {
        return issue(context).map(Issue::getResolution).isPresent();
    }

    /** The issue Jira passed, so a panel need not look it up again by its key. */
    public static Optional<Issue> issue(Map<String, Object> context) {
        Object issue = context.get("issue");
        if (!(issue instanceof Issue) && context.get("helper") instanceof JiraHelper helper) {
            issue = helper.getContextParams().get("issue");
        }
        return issue instanceof Issue found ? Optional.of(found) : Optional.empty();
    }
}
