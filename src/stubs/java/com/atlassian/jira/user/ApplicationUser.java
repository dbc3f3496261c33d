// Source: jira-api com.atlassian.jira.user.ApplicationUser; shared/reference/jira-platform.md §2.10
// (getUsername, getDisplayName confirmed by usage); getEmailAddress() and isActive(), as public plugins mail users
// (the search tool). Subset.
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
