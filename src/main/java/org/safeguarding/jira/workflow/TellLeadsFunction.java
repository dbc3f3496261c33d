package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.leads.LeadAlerts;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.StatusSteps;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.RiskLevel;

/**
 * On Create, Immediate danger and Report missing: tells the case's safeguarding leads at once, by a message with no
 * personal data, and records in the case history whom it told and the case's risk level then, so the worker who
 * raised it sees who knows and the chronology can say how serious it looked when raised. Which alert comes from the
 * transition itself ({@code safeguarding.transition}); on any other transition it does nothing.
 */
public class TellLeadsFunction implements FunctionProvider {
    private final RuleGuard guard;
    private final LeadAlerts alerts;
    private final CaseHistory history;
    private final WorkflowCaseAccess cases;
    private final OrganisationSettings settings;
    private final Clock clock;

    @Inject
    public TellLeadsFunction(RuleGuard guard, LeadAlerts alerts, CaseHistory history, WorkflowCaseAccess cases,
                             OrganisationSettings settings, Clock clock) {
        this.guard = guard;
        this.alerts = alerts;
        this.history = history;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        Object transition = Transitions.current(transientVars).getMetaAttributes().get("safeguarding.transition");
        LeadAlert.raisedBy(String.valueOf(transition)).ifPresent(alert -> {
            Issue issue = (Issue) transientVars.get("issue");
            List<String> told = alerts.tell(issue, alert);
            RiskLevel risk = StatusSteps.levelAt(Optional.of(alert.step()), Assessor.assess(
                    ScreeningAssembler.from(cases.valuesOf(issue)), settings.organisation(), LocalDate.now(clock)));
            history.leadsTold(issue, alert, risk, told, ((WorkflowContext) transientVars.get("context")).getCaller());
        });
    }
}
