package org.safeguarding.jira.cases;

import com.atlassian.jira.issue.Issue;

/** Who counts as a safeguarding lead for a case: the people who may refer, close and reopen it. */
public interface Leads {
    boolean isLead(String userKey, Issue issue);
}
