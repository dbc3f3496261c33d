package org.safeguarding.jira.enablement;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * A new entry of an issue type screen scheme: this issue type uses that screen scheme. jira-api has no factory for
 * one, so, like Jira's own actions and other public plugins, we construct Jira's IssueTypeScreenSchemeEntityImpl with
 * no stored value yet; keeping that here lets the rest use the public interfaces. See docs/compatibility.md.
 */
@Named
public class IssueTypeEntries {
    private final IssueTypeScreenSchemeManager issueTypeScreenSchemes;
    private final FieldScreenSchemeManager screenSchemes;
    private final ConstantsManager constants;

    @Inject
    public IssueTypeEntries(IssueTypeScreenSchemeManager issueTypeScreenSchemes, FieldScreenSchemeManager screenSchemes,
                            ConstantsManager constants) {
        this.issueTypeScreenSchemes = issueTypeScreenSchemes;
        this.screenSchemes = screenSchemes;
        this.constants = constants;
    }

    IssueTypeScreenSchemeEntity entry(String issueTypeId, FieldScreenScheme screens) {
        IssueTypeScreenSchemeEntity entry = new IssueTypeScreenSchemeEntityImpl(issueTypeScreenSchemes, null,
                screenSchemes, constants);
        entry.setIssueTypeId(issueTypeId);
        entry.setFieldScreenScheme(screens);
        return entry;
    }
}
