// Source: jira-api com.atlassian.jira.workflow.WorkflowManager; shared/reference/jira-platform.md §2.4
// [confirmed: createWorkflow(ApplicationUser, JiraWorkflow); workflowExists(String) in public code, declared
// "throws WorkflowException" in jira-api (shared/reference/jira-platform.md, "Facts added 1 Dec 2026")]. Subset.
package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.WorkflowException;

public interface WorkflowManager {
    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) throws WorkflowException;

    boolean workflowExists(String name) throws WorkflowException;
}
