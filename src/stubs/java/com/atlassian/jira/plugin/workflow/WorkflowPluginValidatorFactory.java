// Source: jira-api com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory, a marker extending
// WorkflowPluginFactory; shared/reference/jira-platform.md §2.4 "Factories" [confirmed].
package com.atlassian.jira.plugin.workflow;

public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
