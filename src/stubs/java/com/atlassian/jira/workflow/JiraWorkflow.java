// Source: jira-api com.atlassian.jira.workflow.JiraWorkflow; shared/reference/jira-platform.md §2.4. Subset.
package com.atlassian.jira.workflow;

public interface JiraWorkflow {
    String getName();
}
