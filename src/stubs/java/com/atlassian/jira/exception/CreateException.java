// Source: jira-api com.atlassian.jira.exception.CreateException, the checked exception
// IssueLinkManager.createIssueLink declares (its javadoc, read via the search tool). The app only catches it; the
// constructor is for the tests' stand-ins, and a Jira whose constructors differ changes nothing the app calls. Subset.
package com.atlassian.jira.exception;

public class CreateException extends Exception {
    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
