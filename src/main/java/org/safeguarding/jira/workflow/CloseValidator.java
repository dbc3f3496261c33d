package org.safeguarding.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.referral.ReferralRules;

/**
 * A case closes with a resolution that says what happened (and its outcome where another organisation acted), a
 * retention review date ahead (left empty, the retention period in the settings gives it, and {@link RetentionFunction}
 * records it) and, for a child, children's services told and the NRM referral made or why not.
 */
public class CloseValidator implements Validator {
    private final RuleGuard guard;
    private final WorkflowCaseAccess cases;
    private final SettingsStore settings;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public CloseValidator(RuleGuard guard, WorkflowCaseAccess cases, SettingsStore settings, Texts texts,
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
        CaseValues values = cases.valuesOf(issue);
        ReferralRecord referral = ScreeningAssembler.referralFrom(values);
        LocalDate today = LocalDate.now(clock);
        WorkflowErrors.throwIfAny(ReferralRules.close(ScreeningAssembler.from(values), referral.routes(),
                cases.resolutionOf(issue), values.text(CaseFields.OUTCOME), referral.retentionReview()
                        .or(() -> settings.read().retentionReviewAfterClosing(today)), today), cases, texts);
    }
}
