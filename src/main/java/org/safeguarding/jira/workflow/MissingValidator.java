package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.setup.ScreeningAssembler;
import org.safeguarding.jira.web.Texts;
import org.safeguarding.referral.ReferralRules;

/** Someone can be reported missing only once police have a description to look for them by. */
public class MissingValidator implements Validator {
    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final Texts texts;

    @Inject
    public MissingValidator(RuleGuard guard, WorkflowCaseAccess cases, Texts texts) {
        this.guard = guard;
        this.cases = cases;
        this.texts = texts;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        guard.check(this);
        Issue issue = (Issue) transientVars.get("issue");
        WorkflowErrors.throwIfAny(ReferralRules.reportMissing(
                ScreeningAssembler.from(cases.valuesOf(issue)).policeDescription()), cases, texts);
    }
}
