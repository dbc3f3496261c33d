// Source: jira-api com.atlassian.jira.issue.Issue (MYSRC 6.3; getIssueType() returns IssueType since 7.0);
// shared/reference/jira-platform.md §2.10 (getKey, getId confirmed by TPI); getResolution() returns a Resolution since
// 7.0 (public plugin usage); getProjectObject() (§2.10, confirmed by TPI and usage); getSummary() (§2.10);
// getSecurityLevelId(), as public plugins read an issue's level; getDescription(); getEnvironment() and
// Collection<Issue> getSubTaskObjects(), long-standing and used by public plugins (the search tool); getStatus()
// returns a Status since 7.0 (§2.10); String getAssigneeId(), the assignee's user key, as public post-functions read
// it before assigning (the search tool); Timestamp getCreated(), as the Issue javadoc lists it
// (docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html); Timestamp getResolutionDate(), null while
// unresolved, beside getCreated() in the javadoc and overridden as such by public implementations of Issue (the search
// tool). Subset.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;
import java.util.Collection;

public interface Issue {
    Long getId();

    String getKey();

    IssueType getIssueType();

    Object getCustomFieldValue(CustomField customField);

    Resolution getResolution();

    Project getProjectObject();

    String getSummary();

    String getDescription();

    Long getSecurityLevelId();

    String getEnvironment();

    Collection<Issue> getSubTaskObjects();

    Status getStatus();

    String getAssigneeId();

    Timestamp getCreated();

    Timestamp getResolutionDate();
}
