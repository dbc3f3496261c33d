package org.safeguarding.jira.workflow;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.leads.LeadAlerts;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.Resolution;
import org.safeguarding.referral.Route;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.RiskLevel;

/**
 * One case moving through the workflow, as Jira hands it to the rules: the issue (a Mockito mock, for identity)
 * with its values after the transition screen, and the original issue with its values before. By default the case
 * is complete enough for every rule: an adult in England who agreed to a referral, with a description for police,
 * a resolution and a retention review date.
 */
final class WorkflowCaseFixture implements WorkflowCaseAccess, CaseHistory, LeadAlerts {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    final MutableIssue issue = mock(MutableIssue.class);
    final MutableIssue original = mock(MutableIssue.class);
    InMemoryCaseValues values;
    Resolution resolution;
    boolean fieldsRecorded = true;
    /** Who produced a missing-person summary for police, in order. */
    final List<String> missingSummariesBy = new ArrayList<>();
    /** What the case's leads were told, in order, and who was told each time. */
    final List<LeadAlert> alerts = new ArrayList<>();
    final List<List<String>> told = new ArrayList<>();
    /** The case's risk level at each telling, in order. */
    final List<RiskLevel> risksWhenTold = new ArrayList<>();
    /** The answers to "Is anyone still in danger?" written into the case history, with who gave them. */
    final List<String> dangerChecks = new ArrayList<>();
    /** The leads the organisation named, who are told; none until a test names some. */
    List<String> namedLeads = List.of();
    private InMemoryCaseValues before;

    WorkflowCaseFixture() {
        when(issue.getKey()).thenReturn("SG-9");
        newCase();
    }

    /** Starts again with a new case, complete enough for every rule. */
    void newCase() {
        values = new InMemoryCaseValues()
                .with(CaseFields.AGE_GROUP, "adult")
                .with(CaseFields.EXPLOITATION_TYPES, List.of("forced-labour"))
                .with(CaseFields.CONSENT, "given")
                .with(CaseFields.NATION, "england")
                .with(CaseFields.HEIGHT, "5'4\"")
                .with(CaseFields.NATIONALITY, "Albanian")
                .with(CaseFields.FIRST_RESPONDER, "The Salvation Army")
                .with(CaseFields.RETENTION_REVIEW, TODAY.plusYears(6));
        // An ending that asks for no referral or outcome, so a case may close from any step.
        resolution = Resolution.DECLINED_SUPPORT;
        before = values.copy();
    }

    /** The inputs a transition gets, after the worker's input on the transition screen. */
    Map<String, Object> transition(Consumer<InMemoryCaseValues> screenInput) {
        before = values.copy();
        screenInput.accept(values);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("issue", issue);
        inputs.put("originalissueobject", original);
        return inputs;
    }

    /** The screen input of a referral: one more route ticked. */
    static Consumer<InMemoryCaseValues> tick(Route route) {
        return values -> {
            List<String> routes = new ArrayList<>(values.options(CaseFields.REFERRAL_ROUTES));
            routes.add(route.id());
            values.with(CaseFields.REFERRAL_ROUTES, routes);
        };
    }

    static Consumer<InMemoryCaseValues> noInput() {
        return values -> { };
    }

    @Override
    public CaseValues valuesOf(Issue which) {
        return which == original ? before : values;
    }

    @Override
    public Optional<Resolution> resolutionOf(Issue which) {
        return Optional.ofNullable(resolution);
    }

    @Override
    public void setDate(MutableIssue which, String fieldKey, LocalDate date) {
        values.with(fieldKey, date);
    }

    @Override
    public void missingSummaryProduced(Issue which, String userKey) {
        if (which != issue) {
            throw new AssertionError("the summary was recorded on another issue");
        }
        missingSummariesBy.add(userKey);
    }

    @Override
    public List<String> tell(Issue which, LeadAlert alert) {
        alerts.add(alert);
        return namedLeads;
    }

    @Override
    public void leadsTold(Issue which, LeadAlert alert, RiskLevel risk, List<String> leads, String userKey) {
        told.add(leads);
        risksWhenTold.add(risk);
    }

    @Override
    public void dangerChecked(Issue which, Answer stillInDanger, String userKey) {
        dangerChecks.add(stillInDanger.id() + " by " + userKey);
    }

    @Override
    public Optional<String> fieldId(String fieldKey) {
        return fieldsRecorded ? Optional.of("customfield_" + fieldKey) : Optional.empty();
    }
}
