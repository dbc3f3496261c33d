package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.WorkflowException;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.ScreeningAssembler;

/**
 * On Found and Back to lead review: writes the answer to "Is anyone still in danger?" into the case history, whose
 * author and date say who answered and when, even when the answer is the same as last time (Jira's own change
 * history records only a change).
 */
public class DangerCheckFunction implements FunctionProvider {
    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final CaseHistory history;

    @Inject
    public DangerCheckFunction(RuleGuard guard, WorkflowCaseAccess cases, CaseHistory history) {
        this.guard = guard;
        this.cases = cases;
        this.history = history;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        Issue issue = (Issue) transientVars.get("issue");
        ScreeningAssembler.from(cases.valuesOf(issue)).dangerChecked().ifPresent(answer -> history.dangerChecked(
                issue, answer, ((WorkflowContext) transientVars.get("context")).getCaller()));
    }
}
