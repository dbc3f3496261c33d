// Source: jira-api com.atlassian.jira.exception.RemoveException, the checked exception
// AttachmentManager.deleteAttachment declares. Subset.
package com.atlassian.jira.exception;

public class RemoveException extends Exception {
    private static final long serialVersionUID = 1L;

    public RemoveException(String message) {
        super(message);
    }
}
