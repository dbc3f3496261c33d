package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.ReferralRules;
import org.safeguarding.referral.Route;

/**
 * A referral must record at least one new route, and each new route must be allowed for this case: an adult's NRM
 * referral needs their consent, the Duty to Notify is for public authorities when an adult says no, an organisation
 * that is not a First Responder names the one making the NRM referral, and so on.
 */
public class RouteValidator implements Validator {
    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final OrganisationSettings settings;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public RouteValidator(RuleGuard guard, WorkflowCaseAccess cases, OrganisationSettings settings, Texts texts,
                          Clock clock) {
        this.guard = guard;
        this.cases = cases;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        guard.check(this);
        Issue issue = (Issue) transientVars.get("issue");
        Issue before = (Issue) transientVars.get("originalissueobject");
        Set<Route> added = EnumSet.noneOf(Route.class);
        added.addAll(ScreeningAssembler.referralFrom(cases.valuesOf(issue)).routes());
        if (before != null) {
            added.removeAll(ScreeningAssembler.referralFrom(cases.valuesOf(before)).routes());
        }
        CaseValues values = cases.valuesOf(issue);
        WorkflowErrors.throwIfAny(ReferralRules.refer(added, ScreeningAssembler.from(values),
                settings.organisation(), values.text(CaseFields.FIRST_RESPONDER), LocalDate.now(clock)), cases, texts);
    }
}
