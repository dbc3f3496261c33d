// Source: jira-api com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity: the issue type ->
// screen scheme entry of an issue type screen scheme; setIssueTypeId(String) and setFieldScreenScheme(FieldScreenScheme)
// as public plugins fill one in (the search tool). Subset.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;

public interface IssueTypeScreenSchemeEntity {
    void setIssueTypeId(String issueTypeId);

    void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme);
}
