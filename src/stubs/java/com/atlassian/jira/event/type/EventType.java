// Source: jira-api com.atlassian.jira.event.type.EventType: the ids of Jira's issue events, as public listeners compare
// IssueEvent.getEventTypeId() with them (the search tool lists 1 created, 2 updated, 3 assigned, 6 commented, 8 deleted,
// 9 moved, 14 comment edited, 17 comment deleted). Subset.
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;
}
