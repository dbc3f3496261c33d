package org.safeguarding.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

/**
 * The workflow editor's side of our condition, validators and the missing-summary post-function: they follow the
 * safeguarding rules as they are, so there is nothing for an admin to set. The view template says in words what each
 * does.
 */
public class FixedRuleFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginConditionFactory, WorkflowPluginValidatorFactory, WorkflowPluginFunctionFactory {
    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        // Nothing to set.
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        // Nothing to set.
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        // The view template's words need no values.
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
