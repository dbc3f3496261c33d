// Source: jira-api com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager:
// Collection<IssueType> getIssueTypesForProject(Project), as public plugins call it (the search tool: field resources,
// reports and project set-up code). Subset.
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

public interface IssueTypeSchemeManager {
    Collection<IssueType> getIssueTypesForProject(Project project);
}
