// Source: Crowd's crowd-events, which Jira ships and exports to plugins: com.atlassian.crowd.event.DirectoryEvent
// (https://docs.atlassian.com/atlassian-crowd/6.2.0/com/atlassian/crowd/event/group/package-tree.html, 7.1.0 alike):
// the superclass of every group, membership and user change a user directory publishes (GroupMembershipsCreatedEvent,
// GroupMembershipsDeletedEvent, GroupDeletedEvent, UserEditedEvent, UserDeletedEvent, ...). The plugin only listens
// for it, so the stand-in declares none of its members. Its own superclass, com.atlassian.crowd.event.Event, is left out.
package com.atlassian.crowd.event;

public abstract class DirectoryEvent {
}
