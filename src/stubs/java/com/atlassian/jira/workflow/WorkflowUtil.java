// Source: jira-api com.atlassian.jira.workflow.WorkflowUtil; shared/reference/jira-platform.md §2.4:
// convertXMLtoWorkflowDescriptor(String) throws FactoryException. Subset; the stand-in parses nothing.
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

public final class WorkflowUtil {
    private WorkflowUtil() {
    }

    public static WorkflowDescriptor convertXMLtoWorkflowDescriptor(String workflowDescriptorXML)
            throws FactoryException {
        throw new UnsupportedOperationException("stand-in: Jira parses workflow XML");
    }
}
