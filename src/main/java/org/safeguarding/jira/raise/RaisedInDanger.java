package org.safeguarding.jira.raise;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** What Jira's issue events tell the raise feature: an issue was created or moved, by whom. */
public interface RaisedInDanger {
    /**
     * A concern just raised (in its first status) with someone in danger now goes on to Immediate danger as whoever
     * raised it; anything else is left alone.
     */
    void raised(ApplicationUser raisedBy, Issue issue);
}
