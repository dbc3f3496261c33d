package org.safeguarding.jira.web;

/** Whether a group or project role exists, so a mistyped name is refused instead of making nobody a lead. */
public interface LeadNames {
    boolean groupExists(String name);

    boolean projectRoleExists(String name);

    /** Whether the group has anyone in it: a group of nobody tells nobody about a concern. */
    boolean groupHasMembers(String name);
}
