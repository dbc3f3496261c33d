// Source: jira-api com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem (@PublicApi, MYSRC 6.3). Subset.
package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

public interface FieldScreenSchemeItem {
    void setIssueOperation(ScreenableIssueOperation issueOperation);

    FieldScreen getFieldScreen();

    void setFieldScreen(FieldScreen fieldScreen);
}
