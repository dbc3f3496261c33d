package org.safeguarding.jira.enablement;

import com.atlassian.jira.event.issue.IssueEvent;

/**
 * Looks after a concern raised in a project that is not ready for them (outside the referral workflow): keeps it
 * confidential where it can, tells the leads and says so in the access log.
 */
public interface UnreadyConcerns {
    /** Told of every issue Jira creates, by the app's issue-event listener. */
    void created(IssueEvent event);
}
