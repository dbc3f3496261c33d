package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.WorkflowException;
import java.time.Clock;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/**
 * On every transition of the referral workflow: records in the case's access log who made which transition, and
 * when. It runs last, so that on Create the issue already has its key.
 */
public class AccessLogFunction implements FunctionProvider {
    private final RuleGuard guard;
    private final AccessLog log;
    private final Clock clock;

    @Inject
    public AccessLogFunction(RuleGuard guard, AccessLog log, Clock clock) {
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        Issue issue = (Issue) transientVars.get("issue");
        String caller = ((WorkflowContext) transientVars.get("context")).getCaller();
        log.append(new CaseAccess(issue.getKey(), caller, clock.instant(), AccessKind.TRANSITIONED,
                Transitions.current(transientVars).getName()));
    }
}
