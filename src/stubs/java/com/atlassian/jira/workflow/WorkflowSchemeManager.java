// Source: jira-api com.atlassian.jira.workflow.WorkflowSchemeManager, public source read via the search tool
// (getAssignableSchemes, getWorkflowSchemeObj(long) returning null when absent) and public plugins
// (assignableBuilder, createScheme; getWorkflowSchemeObj(Project) returning the project's AssignableWorkflowScheme, as
// Jira's own REST resources call it); shared/reference/jira-platform.md §2.4. Subset.
package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;

public interface WorkflowSchemeManager {
    AssignableWorkflowScheme.Builder assignableBuilder();

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme scheme);

    Iterable<AssignableWorkflowScheme> getAssignableSchemes();

    AssignableWorkflowScheme getWorkflowSchemeObj(long id);

    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);
}
