// Source: jira-api com.atlassian.jira.security.groups.GroupManager, its javadoc at docs.atlassian.com/jira/server
// (read via the search tool): Group getGroup(String groupName), "else null if no such Group exists"; Collection<
// ApplicationUser> getUsersInGroup(String groupName), as public plugins for Jira 7 and later list a group. Subset.
package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

public interface GroupManager {
    Group getGroup(String groupName);

    Collection<ApplicationUser> getUsersInGroup(String groupName);
}
