// Source: jira-api com.atlassian.jira.issue.link.RemoteIssueLinkManager: List<RemoteIssueLink>
// getRemoteIssueLinksForIssue(Issue) and void removeRemoteIssueLink(Long, ApplicationUser) (since 6.1), as Jira's
// own DefaultIssueDeleteHelper and RemoteIssueLinkService call them (public source via the search tool) [likely].
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface RemoteIssueLinkManager {
    List<RemoteIssueLink> getRemoteIssueLinksForIssue(Issue issue);

    void removeRemoteIssueLink(Long remoteIssueLinkId, ApplicationUser user);
}
