// Source: Jira's com.atlassian.jira.workflow.ConfigurableJiraWorkflow (jira-core, not @PublicApi; its package is
// exported); shared/reference/jira-platform.md §2.4: the public constructor (name, descriptor, workflowManager),
// used by public plugins before WorkflowManager.createWorkflow. The real class extends AbstractJiraWorkflow. Subset.
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

public class ConfigurableJiraWorkflow implements JiraWorkflow {
    private final WorkflowDescriptor descriptor;

    public ConfigurableJiraWorkflow(String name, WorkflowDescriptor descriptor, WorkflowManager workflowManager) {
        this.descriptor = descriptor;
    }

    @Override
    public WorkflowDescriptor getDescriptor() {
        return descriptor;
    }
}
