// Source: jira-api com.atlassian.jira.scheme.SchemeManager, which WorkflowSchemeManager extends: Scheme
// getSchemeObject(Long), removeSchemesFromProject(Project) and addSchemeToProject(Project, Scheme), as Jira's own
// project service and public project set-up plugins switch a project's scheme (the search tool). Subset.
package com.atlassian.jira.scheme;

import com.atlassian.jira.project.Project;

public interface SchemeManager {
    Scheme getSchemeObject(Long id);

    void removeSchemesFromProject(Project project);

    void addSchemeToProject(Project project, Scheme scheme);
}
