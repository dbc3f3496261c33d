package org.safeguarding.jira.records;

import java.util.List;

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
     * The keys of the case's sub-tasks: other issues, with their own summaries, descriptions and comments, that can
     * hold the person's details too. A case with sub-tasks is not anonymised until they are dealt with.
     */
    List<String> subTaskKeys(String issueKey);

    /**
     * Puts the markers in place of the summary, the description, the environment, every personal field that has a
     * value and every comment's text; removes the labels, the work logged (whose comments are free text), the links to
     * other issues and to web pages, the issue's and comments' properties and the attachments; and removes the change
     * history, which would still hold the old values, last, as each of the others adds to it.
     */
    void anonymise(String issueKey, Markers markers) throws Unfinished;
}
