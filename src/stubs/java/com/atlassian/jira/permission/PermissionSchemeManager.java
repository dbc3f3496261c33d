// Source: jira-api com.atlassian.jira.permission.PermissionSchemeManager, which extends SchemeManager: Collection<
// PermissionSchemeEntry> getPermissionSchemeEntries(Scheme scheme, ProjectPermissionKey permissionKey), the grants of
// one permission in a scheme, as Atlassian's own test kit (PermissionSchemesBackdoor) and public plugins and scripts
// call it with getSchemeFor(Project) (the search tool; the javadoc of the latest Jira names it as the replacement for
// the deprecated getEntities). Subset. [likely on 10.3 and 11.3]
package com.atlassian.jira.permission;

import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import java.util.Collection;

public interface PermissionSchemeManager extends SchemeManager {
    Collection<PermissionSchemeEntry> getPermissionSchemeEntries(Scheme scheme, ProjectPermissionKey permissionKey);
}
