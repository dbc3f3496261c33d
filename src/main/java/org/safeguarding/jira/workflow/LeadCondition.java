package org.safeguarding.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.WorkflowContext;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.Leads;

/** Refer, close and reopen are offered only to safeguarding leads of the case's project. */
public class LeadCondition implements Condition {
    private final RuleGuard guard;
    private final Leads leads;

    @Inject
    public LeadCondition(RuleGuard guard, Leads leads) {
        this.guard = guard;
        this.leads = leads;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        WorkflowContext context = (WorkflowContext) transientVars.get("context");
        return guard.allows(this) && context != null && context.getCaller() != null
                && leads.isLead(context.getCaller(), Transitions.issue(transientVars).orElse(null));
    }
}
