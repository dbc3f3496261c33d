// Source: jira-api com.atlassian.jira.project.Project, as Issue.getProjectObject() returns it;
// shared/reference/jira-platform.md §2.10 (getProjectObject confirmed by TPI and usage). Subset: the plugin only
// passes it on.
package com.atlassian.jira.project;

public interface Project {
}
