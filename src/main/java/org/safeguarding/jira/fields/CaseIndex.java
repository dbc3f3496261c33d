package org.safeguarding.jira.fields;

/**
 * Keeps Jira's index of every case's calculated fields current when what they are calculated from changes, so JQL,
 * filters and boards agree with what the issue view shows.
 */
public interface CaseIndex {
    /** Something every case's assessment depends on changed: index every case again, in the background. */
    void reindexAllLater();
}
