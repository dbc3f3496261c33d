// Source: jira-api com.atlassian.jira.issue.security.IssueSecurityLevelPermission, a class (the package summary lists
// it under classes): one grant of a level, with getId(), getType() and getParameter(), as public plugins read them
// (the search tool). Subset: the plugin never constructs one.
package com.atlassian.jira.issue.security;

public class IssueSecurityLevelPermission {
    public Long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getType() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getParameter() {
        throw new UnsupportedOperationException("stand-in");
    }
}
