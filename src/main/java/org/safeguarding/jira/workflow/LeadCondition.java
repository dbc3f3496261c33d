package org.safeguarding.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.WorkflowContext;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.web.Leads;

/** Refer, close and reopen are offered only to safeguarding leads. */
public class LeadCondition implements Condition {
    private final Leads leads;

    @Inject
    public LeadCondition(Leads leads) {
        this.leads = leads;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        WorkflowContext context = (WorkflowContext) transientVars.get("context");
        return context != null && context.getCaller() != null && leads.isLead(context.getCaller());
    }
}
