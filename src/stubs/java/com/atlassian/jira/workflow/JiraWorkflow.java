// Source: jira-api com.atlassian.jira.workflow.JiraWorkflow; shared/reference/jira-platform.md §2.4. Subset: the
// plugin only hands one to WorkflowManager.createWorkflow.
package com.atlassian.jira.workflow;

public interface JiraWorkflow {
}
