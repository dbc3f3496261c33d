// Source: jira-api com.atlassian.jira.issue.link.IssueLinkManager: int removeIssueLinks(Issue, ApplicationUser), as
// the Jira 8.5.1 javadoc gives it (quoted in public material via the search tool; shared/reference/jira-wave2-apis.md
// §9) [likely]; void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
// ApplicationUser remoteUser) throws CreateException and IssueLink getIssueLink(Long sourceId, Long destinationId,
// Long issueLinkTypeId), null when there is none, as the server javadoc
// (docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html) gives them. Subset.
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {
    int removeIssueLinks(Issue issue, ApplicationUser remoteUser);

    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);
}
