// Source: jira-api com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager:
// IssueTypeScreenScheme getIssueTypeScreenScheme(Project), as public plugins call it (the search tool: project
// copying and set-up code); addSchemeAssociation(Project, IssueTypeScreenScheme) and removeSchemeAssociation(Project,
// IssueTypeScreenScheme), as Jira's own project actions and public scripts move a project to another scheme.
// Subset.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

public interface IssueTypeScreenSchemeManager {
    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);

    void addSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);

    void removeSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);
}
