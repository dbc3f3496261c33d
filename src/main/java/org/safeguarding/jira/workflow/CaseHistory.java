package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;

/** What the workflow writes into a case's history, beyond Jira's own record of the transition. */
public interface CaseHistory {
    /** Records that the missing-person summary for police was produced, by whom, with the way to open it. */
    void missingSummaryProduced(Issue issue, String userKey);
}
