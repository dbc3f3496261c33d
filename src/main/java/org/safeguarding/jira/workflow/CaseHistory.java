package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.RiskLevel;

/** What the workflow writes into a case's history, beyond Jira's own record of the transition. */
public interface CaseHistory {
    /** Records that the missing-person summary for police was produced, by whom, with the way to open it. */
    void missingSummaryProduced(Issue issue, String userKey);

    /**
     * Records whom of the case's safeguarding leads a transition told, and about what, or that nobody could be told.
     *
     * @param risk    the case's risk level as the transition leaves it
     * @param leads   the names of the leads told; none when no lead is named in the app's settings
     * @param userKey who made the transition
     */
    void leadsTold(Issue issue, LeadAlert alert, RiskLevel risk, List<String> leads, String userKey);

    /** Records the answer to "Is anyone still in danger?" given on leaving Immediate danger or Missing, and by whom. */
    void dangerChecked(Issue issue, Answer stillInDanger, String userKey);
}
