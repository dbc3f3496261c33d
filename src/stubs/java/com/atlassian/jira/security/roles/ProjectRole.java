// Source: jira-api com.atlassian.jira.security.roles.ProjectRole, as ProjectRoleManager.getProjectRole(String)
// returns it (public source read via the search tool): getId(), which a project role grant names; getName(), the
// name administrators give it (the @PublicApi interface's javadoc, docs.atlassian.com/jira/server, and 4.4.4). Subset.
package com.atlassian.jira.security.roles;

public interface ProjectRole {
    Long getId();

    String getName();
}
