// Source: jira-api com.atlassian.jira.project.ProjectManager: List<Project> getProjectObjects(), every project, as
// public plugins list them. Subset.
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {
    List<Project> getProjectObjects();
}
