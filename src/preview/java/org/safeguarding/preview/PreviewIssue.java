package org.safeguarding.preview;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.project.Project;

/** The issue a preview case page hands the plugin's panels, as Jira puts the issue in a panel's context. */
record PreviewIssue(String key, String summary) implements Issue {
    @Override
    public Long getId() {
        return null;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public IssueType getIssueType() {
        return null;
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return null;
    }

    @Override
    public Resolution getResolution() {
        return null;
    }

    @Override
    public Project getProjectObject() {
        return null;
    }

    @Override
    public String getSummary() {
        return summary;
    }
}
