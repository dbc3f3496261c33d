// Source: jira-api com.atlassian.jira.security.groups.GroupManager, its javadoc at docs.atlassian.com/jira/server
// (read via the search tool): Group getGroup(String groupName), "else null if no such Group exists". Subset.
package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;

public interface GroupManager {
    Group getGroup(String groupName);
}
