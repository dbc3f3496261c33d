package org.safeguarding.jira.platform;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import javax.inject.Inject;
import javax.inject.Named;

/** Display names from Jira's users. */
@Named
public class JiraUserNames implements UserNames {
    private final UserManager users;

    @Inject
    public JiraUserNames(UserManager users) {
        this.users = users;
    }

    @Override
    public String displayName(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        return user == null || user.getDisplayName() == null ? userKey : user.getDisplayName();
    }
}
