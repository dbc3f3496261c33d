package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.WorkflowContext;
import java.util.Map;
import javax.inject.Inject;

/**
 * On "Report missing": produces the printable summary for police and records in the case history who produced it
 * (the comment's author and date), with the link to print it.
 */
public class MissingSummaryFunction implements FunctionProvider {
    private final RuleGuard guard;
    private final CaseHistory history;

    @Inject
    public MissingSummaryFunction(RuleGuard guard, CaseHistory history) {
        this.guard = guard;
        this.history = history;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        WorkflowContext context = (WorkflowContext) transientVars.get("context");
        history.missingSummaryProduced((Issue) transientVars.get("issue"), context.getCaller());
    }
}
