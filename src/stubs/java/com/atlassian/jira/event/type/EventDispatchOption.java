// Source: jira-api com.atlassian.jira.event.type.EventDispatchOption: the DO_NOT_DISPATCH constant public plugins pass
// to IssueManager.updateIssue (the search tool). Subset: only the constant is used.
package com.atlassian.jira.event.type;

public interface EventDispatchOption {
    EventDispatchOption DO_NOT_DISPATCH = new EventDispatchOption() {
    };
}
