// Source: jira-api com.atlassian.jira.issue.security.IssueSecurityLevelManager (@PublicApi, javadoc 7.x read via the
// search tool): List<IssueSecurityLevel> getIssueSecurityLevels(long schemeId), IssueSecurityLevel
// createIssueSecurityLevel(long schemeId, String name, String description), Long getIssueCount(Long levelId,
// Long projectId) and clearUsersLevels(), as Atlassian's test kit calls it after changing a level's grants. Subset.
package com.atlassian.jira.issue.security;

import java.util.List;

public interface IssueSecurityLevelManager {
    List<IssueSecurityLevel> getIssueSecurityLevels(long schemeId);

    IssueSecurityLevel createIssueSecurityLevel(long schemeId, String name, String description);

    Long getIssueCount(Long issueSecurityLevelId, Long projectId);

    void clearUsersLevels();
}
