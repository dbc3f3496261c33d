// Source: jira-api com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager:
// Collection<IssueType> getIssueTypesForProject(Project), FieldConfigScheme getConfigScheme(Project),
// FieldConfigScheme getDefaultIssueTypeScheme() and FieldConfigScheme update(FieldConfigScheme, Collection<String>
// optionIds), as public plugins call them to offer an issue type in a project (the search tool: field resources,
// reports and project set-up code). Subset.
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

public interface IssueTypeSchemeManager {
    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme getConfigScheme(Project project);

    FieldConfigScheme getDefaultIssueTypeScheme();

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);
}
