package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.Issue;
import org.safeguarding.referral.AppSettings;

/** Who counts as a safeguarding lead for a case: the people who may refer, close and reopen it. */
public interface Leads {
    boolean isLead(String userKey, Issue issue);

    /** The same, by the settings a view read already; implementations that read settings should use these. */
    default boolean isLead(String userKey, Issue issue, AppSettings named) {
        return isLead(userKey, issue);
    }
}
