package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.Deadlines;
import org.safeguarding.referral.Route;
import org.safeguarding.referral.WorkingDayCalendar;
import org.safeguarding.screening.Nation;

/**
 * Sets the case's dates as it moves, so boards can show what is due: on a referral, the referral date (the first
 * referral, on any route), the reasonable-grounds decision due (from the first NRM referral) and the next review; on a positive reasonable-grounds
 * decision, the end of the recovery period for the case's nation and the next review. The argument {@code on}
 * names the moment: {@code referral} or {@code positive-reasonable-grounds}. With no nation recorded, England and
 * Wales rules apply: the shortest recovery period, so a review comes early rather than late.
 */
public class ReferralDatesFunction implements FunctionProvider {
    static final String ON = "on";
    static final String REFERRAL = "referral";
    static final String POSITIVE_REASONABLE_GROUNDS = "positive-reasonable-grounds";

    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final Texts texts;
    private final Deadlines deadlines;
    private final Clock clock;

    @Inject
    public ReferralDatesFunction(RuleGuard guard, WorkflowCaseAccess cases, Texts texts, Clock clock) {
        this.guard = guard;
        this.cases = cases;
        this.texts = texts;
        this.deadlines = new Deadlines(WorkingDayCalendar.uk());
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        MutableIssue issue = (MutableIssue) transientVars.get("issue");
        CaseValues values = cases.valuesOf(issue);
        Nation nation = ScreeningAssembler.from(values).nation().orElse(Nation.ENGLAND);
        LocalDate today = LocalDate.now(clock);
        String on = String.valueOf(args.get(ON));
        if (REFERRAL.equals(on)) {
            // The day of the first referral, on any route, from which the case waits on an agency; the decision's day
            // from the first NRM referral, which may come later.
            if (values.date(CaseFields.REFERRED_ON).isEmpty()) {
                cases.setDate(issue, CaseFields.REFERRED_ON, today);
            }
            if (ScreeningAssembler.referralFrom(values).routes().contains(Route.NRM_REFERRAL)
                    && values.date(CaseFields.REASONABLE_GROUNDS_DUE).isEmpty()) {
                cases.setDate(issue, CaseFields.REASONABLE_GROUNDS_DUE,
                        deadlines.reasonableGroundsDecisionDue(today, nation).date());
            }
        } else if (POSITIVE_REASONABLE_GROUNDS.equals(on)) {
            cases.setDate(issue, CaseFields.RECOVERY_SUPPORT_DATE, Deadlines.recoverySupportDate(today, nation));
        } else {
            // First of the transition's post-functions, so nothing has changed yet when it refuses.
            throw new WorkflowException(texts.text("safeguarding.workflow.error.dates-not-set-up"));
        }
        cases.setDate(issue, CaseFields.NEXT_REVIEW, Deadlines.nextReview(today));
    }
}
