package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.WorkflowException;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.leads.LeadAlerts;
import org.safeguarding.referral.LeadAlert;

/**
 * On Create, Immediate danger and Report missing: tells the case's safeguarding leads at once, by a message with no
 * personal data, and records in the case history whom it told, so the worker who raised it sees who knows. Which
 * alert comes from the transition itself ({@code safeguarding.transition}); on any other transition it does nothing.
 */
public class TellLeadsFunction implements FunctionProvider {
    private final RuleGuard guard;
    private final LeadAlerts alerts;
    private final CaseHistory history;

    @Inject
    public TellLeadsFunction(RuleGuard guard, LeadAlerts alerts, CaseHistory history) {
        this.guard = guard;
        this.alerts = alerts;
        this.history = history;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        Object transition = Transitions.current(transientVars).getMetaAttributes().get("safeguarding.transition");
        LeadAlert.raisedBy(String.valueOf(transition)).ifPresent(alert -> {
            Issue issue = (Issue) transientVars.get("issue");
            List<String> told = alerts.tell(issue, alert);
            history.leadsTold(issue, alert, told, ((WorkflowContext) transientVars.get("context")).getCaller());
        });
    }
}
