package org.safeguarding.jira.web;

/** Whether a group or project role with a name exists, so a mistyped one is refused rather than making nobody a lead. */
public interface LeadNames {
    boolean groupExists(String name);

    boolean projectRoleExists(String name);
}
