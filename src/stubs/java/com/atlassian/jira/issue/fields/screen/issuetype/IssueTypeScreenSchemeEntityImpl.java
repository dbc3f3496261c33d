// Source: Jira's com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl: the constructor
// (IssueTypeScreenSchemeManager, GenericValue, FieldScreenSchemeManager, ConstantsManager), passed a null GenericValue
// for a new entry, is how Jira's own actions and public plugins make one (the search tool). The stand-in carries that
// constructor and remembers what is set, so tests can read it back.
package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import org.ofbiz.core.entity.GenericValue;

public class IssueTypeScreenSchemeEntityImpl implements IssueTypeScreenSchemeEntity {
    private String issueTypeId;
    private FieldScreenScheme fieldScreenScheme;

    public IssueTypeScreenSchemeEntityImpl(IssueTypeScreenSchemeManager issueTypeScreenSchemeManager,
                                           GenericValue genericValue, FieldScreenSchemeManager fieldScreenSchemeManager,
                                           ConstantsManager constantsManager) {
    }

    @Override
    public void setIssueTypeId(String issueTypeId) {
        this.issueTypeId = issueTypeId;
    }

    @Override
    public void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme) {
        this.fieldScreenScheme = fieldScreenScheme;
    }

    public String getIssueTypeId() {
        return issueTypeId;
    }

    public FieldScreenScheme getFieldScreenScheme() {
        return fieldScreenScheme;
    }
}
