// Source: jira-api com.atlassian.jira.issue.link.IssueLinkManager: int removeIssueLinks(Issue, ApplicationUser), as
// the Jira 8.5.1 javadoc gives it (quoted in public material via the search tool; shared/reference/jira-wave2-apis.md
// §9) [likely]. Subset.
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {
    int removeIssueLinks(Issue issue, ApplicationUser remoteUser);
}
