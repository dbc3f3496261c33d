package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import java.util.Map;
import javax.inject.Inject;

/**
 * On Create, before Jira stores the new concern: puts it at the "Safeguarding confidential" level when its project
 * uses that scheme, so from its first moment only the safeguarding leads, the worker who raised it and whoever it is
 * assigned to can see it. A level the worker chose on the create screen is kept. It sets the level on this issue
 * type alone, where a scheme's default level would also hide the project's other issues.
 */
public class ConfidentialFunction implements FunctionProvider {
    private final RuleGuard guard;
    private final ConfidentialLevel levels;

    @Inject
    public ConfidentialFunction(RuleGuard guard, ConfidentialLevel levels) {
        this.guard = guard;
        this.levels = levels;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        guard.check(this);
        MutableIssue issue = (MutableIssue) transientVars.get("issue");
        if (issue.getSecurityLevelId() == null) {
            levels.levelFor(issue).ifPresent(issue::setSecurityLevelId);
        }
    }
}
