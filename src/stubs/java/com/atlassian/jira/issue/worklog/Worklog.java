// Source: jira-api com.atlassian.jira.issue.worklog.Worklog (an interface since Jira 4; public plugins and Jira's own
// DefaultWorklogService pass it to WorklogManager.delete). Only its type is used here.
package com.atlassian.jira.issue.worklog;

public interface Worklog {
}
