// Source: jira-api com.atlassian.jira.security.roles.ProjectRole, as ProjectRoleManager.getProjectRole(String)
// returns it (public source read via the search tool). Subset: the plugin
// only passes it on.
package com.atlassian.jira.security.roles;

public interface ProjectRole {
}
