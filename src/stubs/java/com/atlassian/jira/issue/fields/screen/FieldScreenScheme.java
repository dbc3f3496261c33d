// Source: jira-api com.atlassian.jira.issue.fields.screen.FieldScreenScheme (@PublicApi, MYSRC 6.3): items are keyed
// by IssueOperation, null for the default item. Subset.
package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.IssueOperation;

public interface FieldScreenScheme {
    Long getId();

    String getName();

    void setName(String name);

    void setDescription(String description);

    FieldScreenSchemeItem getFieldScreenSchemeItem(IssueOperation issueOperation);

    void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem);

    void store();
}
