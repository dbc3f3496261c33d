package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.Issue;
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

    /**
     * The case Jira is showing in an issue view, from the issue Jira passed: checked against the current user's
     * permission to browse it once, read once. Implementations that look issues up by key should use Jira's own.
     */
    default CaseLookup find(Issue shown) {
        return find(shown.getKey());
    }

    /**
     * Whether the issue Jira is about to show in an issue view is a Safeguarding concern. Jira draws an issue view
     * only for someone who may browse the issue, and the panel's {@link #find(Issue)} checks once more before it
     * reads anything, so implementations may answer from the issue type alone.
     */
    default boolean isCaseShown(Issue shown) {
        return isVisibleCase(shown.getKey());
    }

    /** Whether the issue is a Safeguarding concern the current user may browse. */
    default boolean isVisibleCase(String issueKey) {
        return visibleCaseKey(issueKey).isPresent();
    }
}
