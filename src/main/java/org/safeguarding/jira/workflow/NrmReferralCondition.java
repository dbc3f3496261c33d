package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
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
        Object issue = transientVars.containsKey("issue") ? transientVars.get("issue")
                : transientVars.get("originalissueobject");
        return guard.allows(this) && issue instanceof Issue caseIssue && ScreeningAssembler.referralFrom(
                cases.valuesOf(caseIssue)).routes().contains(Route.NRM_REFERRAL);
    }
}
