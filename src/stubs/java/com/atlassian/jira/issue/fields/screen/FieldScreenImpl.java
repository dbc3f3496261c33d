// Source: Jira's com.atlassian.jira.issue.fields.screen.FieldScreenImpl (jira-core, not @PublicApi): the public
// constructor FieldScreenImpl(FieldScreenManager) is how plugins create a screen (Black Duck plugin for Jira 7-8,
// public scripts for Jira 8-9); jira-api has no other way. The stand-in carries that constructor and the interface.
package com.atlassian.jira.issue.fields.screen;

import java.util.List;

public class FieldScreenImpl implements FieldScreen {
    public FieldScreenImpl(FieldScreenManager fieldScreenManager) {
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
    public List<FieldScreenTab> getTabs() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public FieldScreenTab addTab(String tabName) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void store() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean containsField(String fieldId) {
        throw new UnsupportedOperationException("stand-in");
    }
}
