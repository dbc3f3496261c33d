package org.safeguarding.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.referral.Route;

/**
 * The reasonable-grounds steps are offered only once an NRM referral is recorded on the case: after a referral to
 * children's services or the police alone, no Home Office decision is coming, and recording one would be false.
 */
public class NrmReferralCondition implements Condition {
    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;

    @Inject
    public NrmReferralCondition(RuleGuard guard, WorkflowCaseAccess cases) {
        this.guard = guard;
        this.cases = cases;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        return guard.allows(this) && Transitions.issue(transientVars).map(issue -> ScreeningAssembler.referralFrom(
                cases.valuesOf(issue)).routes().contains(Route.NRM_REFERRAL)).orElse(false);
    }
}
