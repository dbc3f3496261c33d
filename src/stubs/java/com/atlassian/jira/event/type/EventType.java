// Source: jira-api com.atlassian.jira.event.type.EventType (@PublicApi class): the ids of Jira's issue events, as
// public listeners compare IssueEvent.getEventTypeId() with them (1 created, 2 updated, 3 assigned, 4 resolved, 5
// closed, 6 commented, 7 reopened, 8 deleted, 9 moved, 13 generic, 14 comment edited, 17 comment deleted); the
// constructors (String name, String description, Long templateId) and (Long id, ...), getId(), getName() and
// getTemplateId() (the template given, else the event's own id), as its public source (read
// via the search tool) and the 7.0.8 Javadoc show them (shared/reference/jira-wave2-apis.md §3). Subset.
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;

    private final Long id;
    private final String name;
    private final Long templateId;

    public EventType(String name, String description, Long templateId) {
        this(null, name, description, templateId);
    }

    public EventType(Long id, String name, String description, Long templateId) {
        this.id = id;
        this.name = name;
        this.templateId = templateId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getTemplateId() {
        return templateId == null ? id : templateId;
    }
}
