package org.safeguarding.jira.web;

import org.safeguarding.screening.Screening;

/**
 * The result of looking up a safeguarding case for the current user. "Not visible" covers both an issue that does
 * not exist and one the user may not browse, so that the answer never reveals whether a case exists.
 */
public record CaseLookup(Status status, String key, Screening screening) {
    /** What the lookup found. */
    public enum Status {
        NOT_VISIBLE,
        NOT_A_CASE,
        FOUND
    }

    public static CaseLookup notVisible() {
        return new CaseLookup(Status.NOT_VISIBLE, null, null);
    }

    public static CaseLookup notACase() {
        return new CaseLookup(Status.NOT_A_CASE, null, null);
    }

    /**
     * @param key the key of the issue Jira found, which is what is logged and shown: Jira also finds a moved issue
     *            by its old key, and any key typed in lower case
     */
    public static CaseLookup found(String key, Screening screening) {
        return new CaseLookup(Status.FOUND, key, screening);
    }
}
