// Source: jira-api com.atlassian.jira.workflow.AssignableWorkflowScheme (since 5.2), public source read via the
// search tool: Builder extends WorkflowScheme.Builder<Builder> with setName, setDescription and build; builder() to
// change an existing scheme, as public plugins call it before WorkflowSchemeManager.updateWorkflowScheme. Subset.
package com.atlassian.jira.workflow;

public interface AssignableWorkflowScheme extends WorkflowScheme {
    Builder builder();

    interface Builder extends WorkflowScheme.Builder<Builder> {
        Builder setName(String name);

        Builder setDescription(String description);

        AssignableWorkflowScheme build();
    }
}
