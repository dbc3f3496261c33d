package org.safeguarding.jira.web;

/** Safeguarding cases as the current user may see them. */
public interface Cases {
    /** The case with this issue key, checked against the current user's permission to browse it first. */
    CaseLookup find(String issueKey);

    /**
     * Whether the issue is a Safeguarding concern the current user may browse. Implementations that can answer
     * without reading the case's fields should: panels ask on every issue view.
     */
    default boolean isVisibleCase(String issueKey) {
        return find(issueKey).status() == CaseLookup.Status.FOUND;
    }
}
