// Source: Jira's com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl (jira-core): the public constructor
// FieldScreenSchemeImpl(FieldScreenSchemeManager) is how plugins create a screen scheme (Black Duck plugin for
// Jira 7-8). The stand-in carries that constructor and the interface.
package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.IssueOperation;

public class FieldScreenSchemeImpl implements FieldScreenScheme {
    public FieldScreenSchemeImpl(FieldScreenSchemeManager fieldScreenSchemeManager) {
    }

    @Override
    public Long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void setName(String name) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void setDescription(String description) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public FieldScreenSchemeItem getFieldScreenSchemeItem(IssueOperation issueOperation) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void store() {
        throw new UnsupportedOperationException("stand-in");
    }
}
