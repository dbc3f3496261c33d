// Source: Jira's com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItemImpl (jira-core): the public
// constructor FieldScreenSchemeItemImpl(FieldScreenSchemeManager, FieldScreenManager), as the Black Duck plugin for
// Jira 7-8 uses it. The stand-in carries that constructor and the interface.
package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

public class FieldScreenSchemeItemImpl implements FieldScreenSchemeItem {
    public FieldScreenSchemeItemImpl(FieldScreenSchemeManager fieldScreenSchemeManager,
                                     FieldScreenManager fieldScreenManager) {
    }

    @Override
    public void setIssueOperation(ScreenableIssueOperation issueOperation) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public FieldScreen getFieldScreen() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void setFieldScreen(FieldScreen fieldScreen) {
        throw new UnsupportedOperationException("stand-in");
    }
}
