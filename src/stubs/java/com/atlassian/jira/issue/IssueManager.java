// Source: jira-api com.atlassian.jira.issue.IssueManager: MutableIssue getIssueObject(String) [confirmed, TPI
// PanelResource on Jira 10.3]; shared/reference/jira-platform.md §2.10. updateIssue(ApplicationUser, MutableIssue,
// EventDispatchOption, boolean sendMail) returning the stored Issue, as public plugins and scripts for Jira 7 to 9 call
// it (the search tool). Subset.
package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueManager {
    MutableIssue getIssueObject(String key);

    Issue updateIssue(ApplicationUser user, MutableIssue issue, EventDispatchOption eventDispatchOption,
                      boolean sendMail);
}
