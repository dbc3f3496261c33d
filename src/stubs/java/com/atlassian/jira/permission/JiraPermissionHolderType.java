// Source: jira-api com.atlassian.jira.permission.JiraPermissionHolderType: the holder types of a permission or
// security level grant, each with getKey(), as Atlassian's test kit and public scripts use GROUP, PROJECT_ROLE,
// REPORTER and USER (the search tool). ASSIGNEE, Jira's "Current assignee" holder, was not found in public code:
// docs/compatibility.md lists it to check on a real Jira. Subset.
package com.atlassian.jira.permission;

public enum JiraPermissionHolderType {
    GROUP("group"),
    PROJECT_ROLE("projectrole"),
    REPORTER("reporter"),
    ASSIGNEE("assignee");

    private final String key;

    JiraPermissionHolderType(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
