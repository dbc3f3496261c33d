// Source: jira-api com.atlassian.jira.issue.context.GlobalIssueContext (MYSRC 6.3): public static JiraContextNode
// getInstance(); shared/reference/jira-platform.md §2.2 [confirmed]. Subset.
package com.atlassian.jira.issue.context;

public class GlobalIssueContext implements JiraContextNode {
    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        return INSTANCE;
    }
}
