package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.Issue;
import org.safeguarding.referral.AppSettings;

/** Whether the current user leads a case: may browse it and is one of its safeguarding leads. */
public interface CaseLeads {
    boolean leads(String issueKey);

    /**
     * Whether the current user leads the case an issue view shows, with the settings the view read: asked only of an
     * issue {@link Cases#find(Issue)} found, so browsing it has been checked already.
     */
    default boolean leadsShown(Issue shown, AppSettings named) {
        return leads(shown.getKey());
    }
}
