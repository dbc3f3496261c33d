// Source: jira-api com.atlassian.jira.event.type.EventDispatchOption: the DO_NOT_DISPATCH constant public plugins pass
// to IssueManager.updateIssue (the search tool). Whether Jira declares it a class or an interface was not found; the
// plugin only reads the static field and passes it on, which links either way. Subset: only the constant is used.
package com.atlassian.jira.event.type;

public interface EventDispatchOption {
    EventDispatchOption DO_NOT_DISPATCH = new EventDispatchOption() {
    };
}
