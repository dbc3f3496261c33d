// Source: jira-api com.atlassian.jira.user.util.UserManager: ApplicationUser getUserByKey(String) (@since v6.0, public
// source via the search tool). Subset.
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
