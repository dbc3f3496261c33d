// Source: jira-api com.atlassian.jira.workflow.WorkflowScheme (since 5.2), public source and javadoc read via the
// search tool. The generic Builder<T> declares the mapping setters, so their erased return type is
// WorkflowScheme.Builder, as in Jira: setMapping(String, String) and removeMapping(String). getActualWorkflow(String)
// as Jira's own migration code and public plugins call it. Subset.
package com.atlassian.jira.workflow;

public interface WorkflowScheme {
    Long getId();

    String getName();

    /** The name of the workflow an issue type uses in the scheme: its own mapping, or the scheme's default. */
    String getActualWorkflow(String issueTypeId);

    interface Builder<T extends Builder<T>> {
        T setMapping(String issueTypeId, String workflowName);

        T removeMapping(String issueTypeId);
    }
}
