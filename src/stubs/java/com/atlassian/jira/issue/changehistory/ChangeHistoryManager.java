// Source: jira-api com.atlassian.jira.issue.changehistory.ChangeHistoryManager (@PublicApi), public source read via
// the search tool: void removeAllChangeItems(Issue), which Jira's own issue deletion calls. Subset.
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;

public interface ChangeHistoryManager {
    void removeAllChangeItems(Issue issue);
}
