package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import java.time.LocalDate;
import java.util.Optional;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.referral.Resolution;

/** What the workflow's rules read from, and write to, the issue a transition is moving. */
public interface WorkflowCaseAccess {
    CaseValues valuesOf(Issue issue);

    /** The issue's resolution, as one of ours; empty when none is set or it is not one set-up made. */
    Optional<Resolution> resolutionOf(Issue issue);

    /** Sets a date field of the case; Jira stores it with the rest of the transition. */
    void setDate(MutableIssue issue, String fieldKey, LocalDate date);

    /** Jira's id of a case field, so an error can be shown beside it; empty when set-up has not recorded it. */
    Optional<String> fieldId(String fieldKey);
}
