// Source: jira-api com.atlassian.jira.workflow.AssignableWorkflowScheme (since 5.2), public source read via the
// search tool: Builder extends WorkflowScheme.Builder<Builder> with setName, setDescription and build. Subset.
package com.atlassian.jira.workflow;

public interface AssignableWorkflowScheme extends WorkflowScheme {
    interface Builder extends WorkflowScheme.Builder<Builder> {
        Builder setName(String name);

        Builder setDescription(String description);

        AssignableWorkflowScheme build();
    }
}
