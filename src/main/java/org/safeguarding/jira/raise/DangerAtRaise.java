package org.safeguarding.jira.raise;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Danger raised at once is urgent at once, however the concern was raised: on the guided page, over REST or on Jira's
 * own Create screen, a concern whose worker said someone is in danger now goes on to Immediate danger, as that worker,
 * through the workflow's own transition, which tells the leads urgently. Jira offers no way for Create itself to end
 * anywhere but its first status, so this runs just after it. Where Jira refuses the transition (an administrator
 * changed the workflow) or lacks the call, the concern stays raised: its leads were told at Create, and the danger
 * list shows it by its answer.
 */
@Named
public class DangerAtRaise implements RaisedInDanger {
    /** The workflow's "Immediate danger: police called" transition, id 101 in every version. */
    public static final int IMMEDIATE_DANGER = 101;
    private static final Logger LOG = LoggerFactory.getLogger(DangerAtRaise.class);

    private final IssueService issues;
    private final IssueManager issueManager;
    private final JiraCaseReader reader;

    @Inject
    public DangerAtRaise(IssueService issues, IssueManager issueManager, JiraCaseReader reader) {
        this.issues = issues;
        this.issueManager = issueManager;
        this.reader = reader;
    }

    @Override
    public void raised(ApplicationUser raisedBy, Issue issue) {
        if (raisedBy == null || issue == null || !reader.isCase(issue)
                || !at(issue, ReferralStep.CONCERN_RAISED)
                || reader.read(issue).flatMap(screening -> screening.immediateDanger())
                        .filter(Answer.YES::equals).isEmpty()) {
            return;
        }
        intoImmediateDanger(raisedBy, issue);
    }

    /**
     * Moves a concern just raised on to Immediate danger, as the one who raised it.
     *
     * @return whether the case is in Immediate danger now, moved here or already by Jira's event of its creation
     */
    public boolean intoImmediateDanger(ApplicationUser raisedBy, Issue issue) {
        try {
            IssueService.TransitionValidationResult checked = issues.validateTransition(raisedBy, issue.getId(),
                    IMMEDIATE_DANGER, issues.newIssueInputParameters());
            if (checked.isValid() && issues.transition(raisedBy, checked).isValid()) {
                return true;
            }
            return Optional.ofNullable(issueManager.getIssueObject(issue.getKey()))
                    .filter(now -> at(now, ReferralStep.IMMEDIATE_DANGER)).isPresent();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not move {}, raised with someone in danger now, on to Immediate danger", issue.getKey(), e);
            return false;
        }
    }

    private boolean at(Issue issue, ReferralStep step) {
        return reader.progress(issue).map(CaseProgress::step).filter(step::equals).isPresent();
    }
}
