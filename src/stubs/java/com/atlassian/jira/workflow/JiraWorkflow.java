// Source: jira-api com.atlassian.jira.workflow.JiraWorkflow; shared/reference/jira-platform.md §2.4; getDescriptor(),
// the OSWorkflow WorkflowDescriptor, as jira-api's source declares it (read via the search tool). Subset.
package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.WorkflowDescriptor;

public interface JiraWorkflow {
    WorkflowDescriptor getDescriptor();
}
