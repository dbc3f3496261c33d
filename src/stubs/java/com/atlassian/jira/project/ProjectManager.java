// Source: jira-api com.atlassian.jira.project.ProjectManager: List<Project> getProjectObjects(), every project, as
// public plugins list them; Project getProjectObjByKey(String), null when there is none, as Jira's own project
// service calls it. Subset.
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {
    List<Project> getProjectObjects();

    Project getProjectObjByKey(String key);
}
