package org.safeguarding.preview;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import org.safeguarding.jira.cases.CaseValues;

/**
 * The issue the preview hands the plugin, as Jira hands it to panels and to the workflow. A transition also gets the
 * issue as it was before its screen ({@code before}: those values; null for the issue as it is now).
 */
record PreviewIssue(String key, String summary, CaseValues before, Resolution resolution) implements MutableIssue {
    PreviewIssue(String key, String summary) {
        this(key, summary, null, null);
    }

    PreviewIssue(String key, String summary, CaseValues before) {
        this(key, summary, before, null);
    }

    /** The workflow's rules write through WorkflowCaseAccess; nothing sets a field on the issue directly. */
    @Override
    public void setCustomFieldValue(CustomField customField, Object value) {
        throw new UnsupportedOperationException("the preview's fields are set through its WorkflowCaseAccess");
    }

    /** Anonymising writes through the preview's CaseAnonymiser, as the workflow writes through its case access. */
    @Override
    public void setSummary(String summary) {
        throw new UnsupportedOperationException("the preview anonymises through PreviewAnonymiser");
    }

    @Override
    public void setDescription(String description) {
        throw new UnsupportedOperationException("the preview anonymises through PreviewAnonymiser");
    }

    /** The preview's project has no issue security scheme, so nothing sets a level. */
    @Override
    public void setSecurityLevelId(Long securityLevelId) {
        throw new UnsupportedOperationException("the preview's project has no issue security");
    }

    @Override
    public Long getSecurityLevelId() {
        return null;
    }

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

    /** The resolution Close gave it, as Jira's issue has one once closed; null while open. */
    @Override
    public Resolution getResolution() {
        return resolution;
    }

    @Override
    public Project getProjectObject() {
        return null;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    /** The preview's Jira keeps no environment. */
    @Override
    public String getEnvironment() {
        return null;
    }

    @Override
    public void setEnvironment(String environment) {
        throw new UnsupportedOperationException("the preview anonymises through PreviewAnonymiser");
    }

    /** The preview's cases have no sub-tasks. */
    @Override
    public Collection<Issue> getSubTaskObjects() {
        return List.of();
    }

    /** The app's workflow code never reads the status from the issue: the engine knows the step. */
    @Override
    public Status getStatus() {
        throw new UnsupportedOperationException("the preview's workflow keeps the status; nothing here reads it");
    }

    /** Nothing the plugin hands a preview issue to reads its description. */
    @Override
    public String getDescription() {
        return null;
    }

    /** The preview counts its figures from its own records (PreviewCases), never from an issue's creation time. */
    @Override
    public Timestamp getCreated() {
        throw new UnsupportedOperationException("the preview's figures come from PreviewCases");
    }

    @Override
    public Timestamp getResolutionDate() {
        throw new UnsupportedOperationException("the preview's figures come from PreviewCases");
    }

    /** The preview's cases are unassigned: it shows no assignee, as it shows no other Jira system field. */
    @Override
    public String getAssigneeId() {
        return null;
    }

    @Override
    public void setAssignee(ApplicationUser assignee) {
        throw new UnsupportedOperationException("the preview's cases have no project, so no lead on duty");
    }
}
