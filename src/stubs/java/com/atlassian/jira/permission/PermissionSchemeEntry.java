// Source: jira-api com.atlassian.jira.permission.PermissionSchemeEntry, one grant of a permission scheme: getType()
// (the holder's type: "group", "applicationRole", "projectrole", "user", "reporter", "assignee", "lead", ...) and
// getParameter() (the group's name, the role's id, the user's key; null for "group" means anyone, and for
// "applicationRole" anyone logged in), as Atlassian's test kit reads them (the search tool). Subset. [likely on 10.3
// and 11.3; a class, as the test kit's use suggests]
package com.atlassian.jira.permission;

public class PermissionSchemeEntry {
    public String getType() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getParameter() {
        throw new UnsupportedOperationException("stand-in");
    }
}
