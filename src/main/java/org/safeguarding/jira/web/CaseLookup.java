package org.safeguarding.jira.web;

import org.safeguarding.screening.Screening;

/**
 * The result of looking up a safeguarding case for the current user. "Not visible" covers both an issue that does
 * not exist and one the user may not browse, so that the answer never reveals whether a case exists.
 */
public record CaseLookup(Status status, Screening screening) {
    /** What the lookup found. */
    public enum Status {
        NOT_VISIBLE,
        NOT_A_CASE,
        FOUND
    }

    public static CaseLookup notVisible() {
        return new CaseLookup(Status.NOT_VISIBLE, null);
    }

    public static CaseLookup notACase() {
        return new CaseLookup(Status.NOT_A_CASE, null);
    }

    public static CaseLookup found(Screening screening) {
        return new CaseLookup(Status.FOUND, screening);
    }
}
