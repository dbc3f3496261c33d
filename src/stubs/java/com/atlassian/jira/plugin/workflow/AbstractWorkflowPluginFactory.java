// Source: jira-api com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory, public source read via the search
// tool; shared/reference/jira-platform.md §2.4 "Factories" [confirmed]. getVelocityParams hands "view",
// "input-parameters" and "edit-parameters" to the matching abstract method, as Jira's does. Subset: the
// extract/createMap helpers are left out.
package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.HashMap;
import java.util.Map;

public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {
    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        switch (resourceName) {
            case "view" -> getVelocityParamsForView(params, descriptor);
            case "input-parameters" -> getVelocityParamsForInput(params);
            case "edit-parameters" -> getVelocityParamsForEdit(params, descriptor);
            default -> { }
        }
        return params;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
