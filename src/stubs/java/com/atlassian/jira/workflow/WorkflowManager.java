// Source: jira-api com.atlassian.jira.workflow.WorkflowManager (@PublicApi); shared/reference/jira-platform.md §2.4
// [confirmed: createWorkflow(ApplicationUser, JiraWorkflow); workflowExists(String) in public code, declared
// "throws WorkflowException" in jira-api (shared/reference/jira-platform.md, "Facts added 1 Dec 2026")].
// getWorkflowClone(String) (a mutable copy), isActive(JiraWorkflow), getDraftWorkflow(String),
// createDraftWorkflow(ApplicationUser, String), deleteDraftWorkflow(String), updateWorkflow(ApplicationUser,
// JiraWorkflow) and overwriteActiveWorkflow(ApplicationUser, String), as jira-api's source declares them since 6.0
// (read via the search tool); their WorkflowException is Jira's RuntimeException wrapper. [likely on 10.3 and 11.3]
// Subset.
package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.WorkflowException;

public interface WorkflowManager {
    void createWorkflow(ApplicationUser creator, JiraWorkflow workflow) throws WorkflowException;

    boolean workflowExists(String name) throws WorkflowException;

    /** @return a copy whose descriptor may be changed, or null when there is no such workflow */
    JiraWorkflow getWorkflowClone(String name);

    boolean isActive(JiraWorkflow workflow);

    /** @return the draft of the named active workflow, or null when nobody has one open */
    JiraWorkflow getDraftWorkflow(String parentWorkflowName);

    JiraWorkflow createDraftWorkflow(ApplicationUser user, String parentWorkflowName);

    boolean deleteDraftWorkflow(String parentWorkflowName);

    void updateWorkflow(ApplicationUser user, JiraWorkflow workflow);

    void overwriteActiveWorkflow(ApplicationUser user, String workflowName);
}
