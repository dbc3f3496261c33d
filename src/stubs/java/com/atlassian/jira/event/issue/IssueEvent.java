// Source: jira-api com.atlassian.jira.event.issue.IssueEvent, the event Jira publishes when an issue changes: the
// constructor (Issue, Map params, ApplicationUser, Long eventTypeId) Atlassian's Slack plugin tests build one with;
// getIssue(), getUser() and getEventTypeId(), as public listeners read them (the search tool). Subset.
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

public class IssueEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    public IssueEvent(Issue issue, Map<String, Object> params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
