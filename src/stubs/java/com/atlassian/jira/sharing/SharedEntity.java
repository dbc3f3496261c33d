// Source: jira-api com.atlassian.jira.sharing.SharedEntity (a filter or dashboard that can be shared) and its nested
// class SharePermissions(Set<SharePermission>), as shared/reference/jira-wave2-apis.md §6 gives them [likely];
// Long getId() ("The id of the entity"), as its javadoc gives it from Jira 4.0 to docs.atlassian.com/jira/server.
// Subset.
package com.atlassian.jira.sharing;

import java.util.Set;

public interface SharedEntity {
    Long getId();

    final class SharePermissions {
        private final Set<SharePermission> permissions;

        public SharePermissions(Set<SharePermission> permissions) {
            this.permissions = Set.copyOf(permissions);
        }

        public Set<SharePermission> getPermissionSet() {
            return permissions;
        }
    }
}
