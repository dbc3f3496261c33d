package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.ReferralRules;

/**
 * A case leaves Immediate danger or Missing for lead review only once someone says whether anyone is still in danger,
 * so that the case shows danger while it is current and stops when it is not.
 */
public class DangerCheckValidator implements Validator {
    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final Texts texts;

    @Inject
    public DangerCheckValidator(RuleGuard guard, WorkflowCaseAccess cases, Texts texts) {
        this.guard = guard;
        this.cases = cases;
        this.texts = texts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        guard.check(this);
        Issue issue = (Issue) transientVars.get("issue");
        WorkflowErrors.throwIfAny(ReferralRules.dangerChecked(ScreeningAssembler.from(cases.valuesOf(issue))
                .dangerChecked()), cases, texts);
    }
}
