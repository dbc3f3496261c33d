// Source: embedded Crowd API com.atlassian.crowd.embedded.api.Group, the type jira-api's GroupManager.getGroup returns
// (https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html). The plugin only
// tests it for null, so the stand-in declares no members.
package com.atlassian.crowd.embedded.api;

public interface Group {
}
