// Source: jira-api com.atlassian.jira.issue.security.IssueSecuritySchemeManager extends SchemeManager (@PublicApi,
// javadoc 7.x read via the search tool): getPermissionsBySecurityLevel(Long), the grants of a level, and
// setSchemeForProject(Project, Long schemeId), null for none, as Jira's own project service calls it. Subset.
package com.atlassian.jira.issue.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.SchemeManager;
import java.util.List;

public interface IssueSecuritySchemeManager extends SchemeManager {
    List<IssueSecurityLevelPermission> getPermissionsBySecurityLevel(Long securityLevelId);

    void setSchemeForProject(Project project, Long schemeId);
}
