// Source: jira-api com.atlassian.jira.workflow.WorkflowScheme (since 5.2), public source read via the search tool.
// The generic Builder<T> declares the mapping setters, so their erased return type is WorkflowScheme.Builder, as in
// Jira. Subset.
package com.atlassian.jira.workflow;

public interface WorkflowScheme {
    Long getId();

    String getName();

    interface Builder<T extends Builder<T>> {
        T setMapping(String issueTypeId, String workflowName);
    }
}
