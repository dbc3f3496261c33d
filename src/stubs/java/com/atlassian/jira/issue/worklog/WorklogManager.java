// Source: jira-api com.atlassian.jira.issue.worklog.WorklogManager: List<Worklog> getByIssue(Issue) and boolean
// delete(ApplicationUser, Worklog, Long newEstimate, boolean dispatchEvent), as Jira's own DefaultWorklogService and
// public plugins call them (the search tool; shared/reference/jira-wave2-apis.md §9) [likely]. Subset.
package com.atlassian.jira.issue.worklog;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface WorklogManager {
    List<Worklog> getByIssue(Issue issue);

    boolean delete(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent);
}
