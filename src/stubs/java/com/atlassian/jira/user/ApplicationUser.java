// Source: jira-api com.atlassian.jira.user.ApplicationUser; shared/reference/jira-platform.md §2.10
// (getUsername, getDisplayName confirmed by usage). Subset.
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();
}
