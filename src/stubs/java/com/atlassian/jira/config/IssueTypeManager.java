// Source: jira-api com.atlassian.jira.config.IssueTypeManager (@PublicApi, MYSRC 6.3); createIssueType(String,
// String, Long) confirmed by usage on Jira 8 to 11 (public plugins); shared/reference/jira-platform.md §2.1. Subset.
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
