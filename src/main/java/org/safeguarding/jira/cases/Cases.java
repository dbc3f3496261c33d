package org.safeguarding.jira.cases;

import java.util.Optional;

/** Safeguarding cases as the current user may see them. */
public interface Cases {
    /** The case with this issue key, checked against the current user's permission to browse it first. */
    CaseLookup find(String issueKey);

    /**
     * The key of the Safeguarding concern found by this key, when the current user may browse it: Jira also finds a
     * moved case by its old key, and what is done and logged is done to the case's own key. Implementations that can
     * answer without reading the case's fields should: panels ask on every view.
     */
    default Optional<String> visibleCaseKey(String issueKey) {
        CaseLookup lookup = find(issueKey);
        return lookup.status() == CaseLookup.Status.FOUND ? Optional.of(lookup.key()) : Optional.empty();
    }

    /** Whether the issue is a Safeguarding concern the current user may browse. */
    default boolean isVisibleCase(String issueKey) {
        return visibleCaseKey(issueKey).isPresent();
    }
}
