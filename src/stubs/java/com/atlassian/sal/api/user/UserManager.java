// Source: SAL API com.atlassian.sal.api.user.UserManager, CFR decompile (SAL 5+) found via the search tool;
// shared/reference/jira-platform.md §2.7 [confirmed]. Subset: only the methods the plugin calls.
package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

public interface UserManager {
    UserKey getRemoteUserKey();

    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
