// Source: jira-api com.atlassian.jira.issue.MutableIssue extends Issue (MYSRC 6.3); setCustomFieldValue(CustomField,
// Object), setSummary(String) and setDescription(String) as public post-functions and scripts for Jira 7 to 9 call
// them; setEnvironment(String), long-standing, and setAssignee(ApplicationUser), as public post-functions assign a new
// issue with it (public plugins via the search tool). Subset.
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;

public interface MutableIssue extends Issue {
    void setCustomFieldValue(CustomField customField, Object value);

    void setSummary(String summary);

    void setDescription(String description);

    void setEnvironment(String environment);

    void setSecurityLevelId(Long securityLevelId);

    void setAssignee(ApplicationUser assignee);
}
