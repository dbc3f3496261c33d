// Source: jira-api com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager:
// Collection<IssueType> getIssueTypesForProject(Project), FieldConfigScheme getConfigScheme(Project),
// FieldConfigScheme getDefaultIssueTypeScheme() and FieldConfigScheme update(FieldConfigScheme, Collection<String>
// optionIds), as public plugins call them to offer an issue type in a project (the search tool: field resources,
// reports and project set-up code). FieldConfigScheme create(String schemeName, String schemeDescription,
// List<String> optionIds), as Jira's own issue type scheme actions make one, and void addProjectAssociations(
// FieldConfigScheme, Collection<Project>), as a public configuration-copying plugin and scripts give projects one
// (the search tool). Subset.
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;
import java.util.List;

public interface IssueTypeSchemeManager {
    Collection<IssueType> getIssueTypesForProject(Project project);

    FieldConfigScheme getConfigScheme(Project project);

    FieldConfigScheme getDefaultIssueTypeScheme();

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    FieldConfigScheme create(String schemeName, String schemeDescription, List<String> optionIds);

    void addProjectAssociations(FieldConfigScheme configScheme, Collection<Project> projects);
}
