// Source: jira-api com.atlassian.jira.user.util.UserManager: ApplicationUser getUserByKey(String) (@since v6.0, public
// source via the search tool); ApplicationUser getUserByName(String), null when there is none (the same source).
// Subset.
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
