package org.safeguarding.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.referral.AccessKind;

/**
 * An anonymised case is not reopened: what identified the person is gone, its retention review with it, and a case
 * worked again on markers would record things about nobody. A new concern is raised instead. The case's access log
 * says whether it was anonymised; it is kept when a case is.
 */
public class NotAnonymisedCondition implements Condition {
    private final RuleGuard guard;
    private final AccessLog log;

    @Inject
    public NotAnonymisedCondition(RuleGuard guard, AccessLog log) {
        this.guard = guard;
        this.log = log;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return guard.allows(this) && Transitions.issue(transientVars)
                .filter(issue -> log.ofKind(issue.getKey(), AccessKind.ANONYMISED).isEmpty()).isPresent();
    }
}
