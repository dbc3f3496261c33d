// Source: jira-api com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme:
// FieldScreenScheme getEffectiveFieldScreenScheme(IssueType), the screen scheme an issue type uses in the scheme (its
// own entry, or the default). Subset.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;

public interface IssueTypeScreenScheme {
    FieldScreenScheme getEffectiveFieldScreenScheme(IssueType issueType);
}
