// Source: jira-api com.atlassian.jira.workflow.WorkflowSchemeManager extends SchemeManager, public source read via the
// search tool (getAssignableSchemes, getWorkflowSchemeObj(long) returning null when absent, getDefaultWorkflowScheme,
// isUsingDefaultScheme(Project), hasDraft(AssignableWorkflowScheme), updateWorkflowScheme(AssignableWorkflowScheme),
// which refuses only a scheme being migrated) and public plugins (assignableBuilder, createScheme;
// getWorkflowSchemeObj(Project) returning the project's AssignableWorkflowScheme, never null, as Jira's own REST
// resources call it); shared/reference/jira-platform.md §2.4. Subset.
package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.SchemeManager;

public interface WorkflowSchemeManager extends SchemeManager {
    AssignableWorkflowScheme.Builder assignableBuilder();

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme scheme);

    Iterable<AssignableWorkflowScheme> getAssignableSchemes();

    AssignableWorkflowScheme getWorkflowSchemeObj(long id);

    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    AssignableWorkflowScheme getDefaultWorkflowScheme();

    boolean isUsingDefaultScheme(Project project);

    boolean hasDraft(AssignableWorkflowScheme workflowScheme);

    AssignableWorkflowScheme updateWorkflowScheme(AssignableWorkflowScheme scheme);
}
