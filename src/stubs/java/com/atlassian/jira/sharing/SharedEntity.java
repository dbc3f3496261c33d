// Source: jira-api com.atlassian.jira.sharing.SharedEntity (a filter or dashboard that can be shared) and its nested
// class SharePermissions(Set<SharePermission>), as shared/reference/jira-wave2-apis.md §6 gives them [likely].
// Subset.
package com.atlassian.jira.sharing;

import java.util.Set;

public interface SharedEntity {
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
