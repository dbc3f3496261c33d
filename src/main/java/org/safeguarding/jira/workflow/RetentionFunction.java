package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.records.ClosedCases;

/**
 * On Close, notes the case for the retention report with its retention review date; on Reopen, takes it off. The
 * workflow says which with the argument {@code retention} ({@code closed} or {@code reopened}).
 */
public class RetentionFunction implements FunctionProvider {
    static final String WHICH = "retention";

    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final ClosedCases closed;
    private final Clock clock;

    @Inject
    public RetentionFunction(RuleGuard guard, WorkflowCaseAccess cases, ClosedCases closed, Clock clock) {
        this.guard = guard;
        this.cases = cases;
        this.closed = closed;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        Issue issue = (Issue) transientVars.get("issue");
        if ("reopened".equals(args.get(WHICH))) {
            closed.reopened(issue.getKey());
        } else {
            closed.closed(issue.getKey(), LocalDate.now(clock),
                    cases.valuesOf(issue).date(CaseFields.RETENTION_REVIEW).orElse(null));
        }
    }
}
