package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.Leads;
import org.safeguarding.jira.leads.LeadOnDuty;

/**
 * On Create, before Jira stores the new concern: gives it to its project's lead on duty, where the organisation chose
 * that, so a concern is a safeguarding lead's to pick up from its first moment. A worker who gave it to one of the
 * case's leads keeps that choice; any other assignee, Jira's automatic one included, gives way to the lead on duty.
 */
public class LeadOnDutyFunction implements FunctionProvider {
    private final RuleGuard guard;
    private final LeadOnDuty duty;
    private final Leads leads;

    @Inject
    public LeadOnDutyFunction(RuleGuard guard, LeadOnDuty duty, Leads leads) {
        this.guard = guard;
        this.duty = duty;
        this.leads = leads;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        MutableIssue issue = (MutableIssue) transientVars.get("issue");
        String chosen = issue.getAssigneeId();
        if (chosen == null || !leads.isLead(chosen, issue)) {
            duty.forNewCase(issue).ifPresent(issue::setAssignee);
        }
    }
}
