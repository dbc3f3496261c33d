// Source: jira-api com.atlassian.jira.issue.status.Status (an IssueConstant: getId(), getName()), as StatusManager
// returns it; public source read via the search tool. Subset.
package com.atlassian.jira.issue.status;

public interface Status {
    String getId();

    String getName();
}
