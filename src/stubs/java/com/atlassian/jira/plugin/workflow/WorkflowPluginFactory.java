// Source: jira-api com.atlassian.jira.plugin.workflow.WorkflowPluginFactory, public source read via the search tool;
// shared/reference/jira-platform.md §2.4 "Factories" [confirmed].
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
