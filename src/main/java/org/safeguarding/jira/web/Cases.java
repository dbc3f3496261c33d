package org.safeguarding.jira.web;

/** Safeguarding cases as the current user may see them. */
public interface Cases {
    /** The case with this issue key, checked against the current user's permission to browse it first. */
    CaseLookup find(String issueKey);
}
