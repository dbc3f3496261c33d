// Source: jira-api com.atlassian.jira.project.Project, as Issue.getProjectObject() and ProjectManager.getProjectObjects()
// return it; shared/reference/jira-platform.md §2.10 (getProjectObject confirmed by TPI and usage); getId(), getKey()
// and getName() as public plugins list projects. Subset.
package com.atlassian.jira.project;

public interface Project {
    Long getId();

    String getKey();

    String getName();
}
