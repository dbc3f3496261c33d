// Source: jira-api com.atlassian.jira.sharing.type.ShareType and its nested final class Name, with the constants
// Name.GROUP ("group", param1 the group's name) and Name.PROJECT ("project", param1 the project's id, param2 a role's
// id or null), as the ShareType.Name class-use javadoc lists them
// (docs.atlassian.com/jira/latest/com/atlassian/jira/sharing/type/class-use/ShareType.Name.html) [confirmed]. Subset.
package com.atlassian.jira.sharing.type;

public interface ShareType {
    final class Name {
        public static final Name GROUP = new Name("group");
        public static final Name PROJECT = new Name("project");

        private final String name;

        public Name(String name) {
            this.name = name;
        }

        public String get() {
            return name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Name named && named.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
