package org.safeguarding.jira.platform;

/** A user's name as people know it, for pages that list who did what. */
public interface UserNames {
    /** The display name, or the key itself for a user Jira no longer has. */
    String displayName(String userKey);
}
