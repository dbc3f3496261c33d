// Source: jira-api com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager:
// IssueTypeScreenScheme getIssueTypeScreenScheme(Project), as public plugins call it (the search tool: project
// copying and set-up code). Subset.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;

public interface IssueTypeScreenSchemeManager {
    IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);
}
