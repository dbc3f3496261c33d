package org.safeguarding.jira.setup;

import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.RestrictionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * A new, unsaved Jira workflow from XML. jira-api has no factory for one, so, like other public plugins, we construct
 * Jira's own ConfigurableJiraWorkflow (jira-core); keeping that here lets the rest of set-up use public interfaces.
 * See docs/compatibility.md. New post-functions for an installed workflow come from Jira's own parser too.
 */
@Named
public class WorkflowObjects implements WorkflowUpgrade.Parts {
    private final WorkflowManager workflows;

    @Inject
    public WorkflowObjects(WorkflowManager workflows) {
        this.workflows = workflows;
    }

    JiraWorkflow newWorkflow(String name, String xml) throws FactoryException {
        return new ConfigurableJiraWorkflow(name, WorkflowUtil.convertXMLtoWorkflowDescriptor(xml), workflows);
    }

    /** One of the app's post-functions, by class name, for {@link WorkflowUpgrade} to add to an installed workflow. */
    @Override
    public FunctionDescriptor postFunction(String className) {
        return parsed(WorkflowUpgrade.oneFunction(className), WorkflowUpgrade::theFunction, className);
    }

    @Override
    public ValidatorDescriptor validator(String className) {
        return parsed(WorkflowUpgrade.oneValidator(className), WorkflowUpgrade::theValidator, className);
    }

    @Override
    public RestrictionDescriptor restriction(String conditionClassName) {
        return parsed(WorkflowUpgrade.oneRestriction(conditionClassName), WorkflowUpgrade::theRestriction,
                conditionClassName);
    }

    /** The part of a small workflow as Jira's own parser makes it. */
    private static <T> T parsed(String xml, Function<WorkflowDescriptor, T> part, String className) {
        try {
            return part.apply(WorkflowUtil.convertXMLtoWorkflowDescriptor(xml));
        } catch (FactoryException e) {
            throw new IllegalStateException("Jira could not read the workflow part " + className, e);
        }
    }
}
