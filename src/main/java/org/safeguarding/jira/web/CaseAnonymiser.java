package org.safeguarding.jira.web;

/**
 * Replaces the personal details of one case where they are kept. Jira's adapter writes the issue; the preview host
 * and the tests write memory. Asked only about a case the current user leads: {@link Anonymisation} checks that first.
 */
public interface CaseAnonymiser {
    /** What takes the place of what is removed, in the organisation's language. */
    record Markers(String field, String summary, String description) {
    }

    /** Thrown when anonymising stopped part-way; what was done stays done, and running it again finishes the rest. */
    final class Unfinished extends Exception {
        private static final long serialVersionUID = 1L;

        public Unfinished(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** Whether the case has been closed (it has a resolution). */
    boolean isClosed(String issueKey);

    /**
     * Puts the markers in place of the summary, the description, every personal field that has a value and every
     * comment's text; removes the attachments; and removes the change history, which would still hold the old values.
     */
    void anonymise(String issueKey, Markers markers) throws Unfinished;
}
