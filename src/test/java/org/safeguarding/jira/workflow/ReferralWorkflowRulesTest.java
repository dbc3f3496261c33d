package org.safeguarding.jira.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.ANOTHER_REFERRAL;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.AWAIT_RG;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.CLOSE;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.CLOSED;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.DANGER;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.LEAD_REVIEW;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.MISSING;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.POSITIVE_RG;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.RECOVERY;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.REFER;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.REFERRED;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.REPORT_MISSING;
import static org.safeguarding.jira.workflow.ReferralWorkflowTest.SEND_TO_LEAD;
import static org.safeguarding.jira.workflow.WorkflowCaseFixture.TODAY;
import static org.safeguarding.jira.workflow.WorkflowCaseFixture.noInput;
import static org.safeguarding.jira.workflow.WorkflowCaseFixture.tick;

import com.opensymphony.workflow.InvalidActionException;
import com.opensymphony.workflow.InvalidInputException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.Route;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.RiskLevel;

/**
 * The workflow's rules as Jira runs them: in the real OSWorkflow engine, with our condition, validators and function
 * named in the XML. A refused transition leaves the case where it was, with a message beside the field to put right.
 */
public class ReferralWorkflowRulesTest {
    private static final Organisation CHARITY = new Organisation(false, false);
    private static final Organisation COUNCIL = new Organisation(true, true);
    private static final String LEAD = "lead";

    private final PropertiesTexts texts = new PropertiesTexts();
    private final WorkflowCaseFixture fixture = new WorkflowCaseFixture();
    private final Set<String> leads = new HashSet<>(Set.of(LEAD));
    private WorkflowEngine engine = engine(LEAD, CHARITY);

    @Test
    public void leadOnlyTransitions_shouldNotBeOfferedToAWorkerWhoIsNotALead() throws Exception {
        engine = engine("worker", CHARITY);
        long entry = caseAtLeadReview();

        assertThat(engine.availableActions(entry, fixture.transition(noInput())),
                allOf(not(hasItem(REFER)), not(hasItem(CLOSE)), hasItems(DANGER, REPORT_MISSING)));

        leads.add("worker");
        move(entry, CLOSE, noInput());
        leads.remove("worker");
        assertThat(engine.availableActions(entry, fixture.transition(noInput())), empty());
    }

    @Test
    public void leadOnlyTransitions_shouldBeRefusedToAWorkerWhoIsNotALeadEvenIfAsked() throws Exception {
        engine = engine("worker", CHARITY);
        long entry = caseAtLeadReview();

        assertThrows(InvalidActionException.class,
                () -> engine.transition(entry, REFER, fixture.transition(tick(Route.POLICE))));
        assertThat(engine.currentStep(entry), is(LEAD_REVIEW));
    }

    @Test
    public void refer_shouldRefuseAnAdultsNrmReferralWithoutTheirConsentBesideTheConsentField() throws Exception {
        fixture.values.with(CaseFields.CONSENT, "not-asked-yet");
        long entry = caseAtLeadReview();

        InvalidInputException refused = refused(entry, REFER, tick(Route.NRM_REFERRAL));

        assertThat(errors(refused), hasEntry("customfield_" + CaseFields.CONSENT,
                texts.text("safeguarding.workflow.error.nrm-needs-consent")));
        assertThat(engine.currentStep(entry), is(LEAD_REVIEW));
    }

    @Test
    public void refer_shouldAllowAChildsNrmReferralWithoutConsent() throws Exception {
        fixture.values.with(CaseFields.AGE_GROUP, "under-18").with(CaseFields.CONSENT, "refused");
        long entry = caseAtLeadReview();

        move(entry, REFER, tick(Route.NRM_REFERRAL));

        assertThat(engine.currentStep(entry), is(REFERRED));
    }

    @Test
    public void refer_shouldAskForARouteWhenNoneWasTicked() throws Exception {
        long entry = caseAtLeadReview();

        InvalidInputException refused = refused(entry, REFER, noInput());

        assertThat(errors(refused), hasEntry("customfield_" + CaseFields.REFERRAL_ROUTES,
                texts.text("safeguarding.workflow.error.refer-needs-route")));
    }

    @Test
    public void anotherReferral_shouldNeedARouteNotAlreadyRecorded() throws Exception {
        long entry = caseAtLeadReview();
        move(entry, REFER, tick(Route.NRM_REFERRAL));

        InvalidInputException refused = refused(entry, ANOTHER_REFERRAL, noInput());

        assertThat(errors(refused).keySet(), contains("customfield_" + CaseFields.REFERRAL_ROUTES));
        assertThat(engine.currentStep(entry), is(REFERRED));
    }

    @Test
    public void refer_shouldRefuseTheDutyToNotifyToACharityAndAllowItForACouncilWhenTheAdultSaidNo()
            throws Exception {
        fixture.values.with(CaseFields.CONSENT, "refused");
        long atCharity = caseAtLeadReview();
        InvalidInputException refused = refused(atCharity, REFER, tick(Route.DUTY_TO_NOTIFY));
        assertThat(errors(refused), hasEntry("customfield_" + CaseFields.REFERRAL_ROUTES,
                texts.text("safeguarding.workflow.error.duty-to-notify-public-authorities-only")));

        engine = engine(LEAD, COUNCIL);
        fixture.newCase();
        fixture.values.with(CaseFields.CONSENT, "refused");
        long atCouncil = caseAtLeadReview();
        move(atCouncil, REFER, tick(Route.DUTY_TO_NOTIFY));
        assertThat(engine.currentStep(atCouncil), is(REFERRED));
    }

    @Test
    public void refer_shouldSetTheReferralDateTheDecisionDueAndTheNextReviewOnTheFirstNrmReferral()
            throws Exception {
        long entry = caseAtLeadReview();

        move(entry, REFER, tick(Route.NRM_REFERRAL));

        // Wednesday 25 November 2026 plus five working days in England.
        assertThat(fixture.values.date(CaseFields.REFERRED_ON), is(Optional.of(TODAY)));
        assertThat(fixture.values.date(CaseFields.REASONABLE_GROUNDS_DUE),
                is(Optional.of(LocalDate.of(2026, 12, 2))));
        assertThat(fixture.values.date(CaseFields.NEXT_REVIEW), is(Optional.of(TODAY.plusDays(28))));
    }

    @Test
    public void anotherReferral_shouldKeepTheFirstNrmReferralsDates() throws Exception {
        LocalDate earlier = LocalDate.of(2026, 11, 2);
        long entry = caseAtLeadReview();
        move(entry, REFER, tick(Route.NRM_REFERRAL));
        fixture.values.with(CaseFields.REFERRED_ON, earlier);

        move(entry, ANOTHER_REFERRAL, tick(Route.POLICE));

        assertThat(fixture.values.date(CaseFields.REFERRED_ON), is(Optional.of(earlier)));
        assertThat(fixture.values.date(CaseFields.REASONABLE_GROUNDS_DUE),
                is(Optional.of(LocalDate.of(2026, 12, 2))));
    }

    /**
     * A police referral sets the day the case was referred, from which it waits on the police (issue 29's "days
     * waiting"), and no decision date: none is coming. A later NRM referral sets the decision's day from its own day.
     */
    @Test
    public void refer_shouldSetTheReferralDayButNoDecisionDateForAReferralThatIsNotToTheNrm() throws Exception {
        long entry = caseAtLeadReview();

        move(entry, REFER, tick(Route.POLICE));

        assertThat(fixture.values.date(CaseFields.REFERRED_ON), is(Optional.of(TODAY)));
        assertThat(fixture.values.date(CaseFields.REASONABLE_GROUNDS_DUE), is(Optional.empty()));
        assertThat(fixture.values.date(CaseFields.NEXT_REVIEW), is(Optional.of(TODAY.plusDays(28))));

        move(entry, ANOTHER_REFERRAL, tick(Route.NRM_REFERRAL));

        assertThat(fixture.values.date(CaseFields.REFERRED_ON), is(Optional.of(TODAY)));
        assertThat(fixture.values.date(CaseFields.REASONABLE_GROUNDS_DUE).isPresent(), is(true));
    }

    @Test
    public void positiveDecision_shouldSetTheRecoverySupportDateForTheCasesNation() throws Exception {
        // England and Wales: 30 days beginning with the decision's day; Scotland: 90 days from it; NI: 45 (§13.4).
        Map<String, LocalDate> endByNation = Map.of("england", TODAY.plusDays(29), "wales", TODAY.plusDays(29),
                "scotland", TODAY.plusDays(90), "northern-ireland", TODAY.plusDays(45));
        for (Map.Entry<String, LocalDate> expected : endByNation.entrySet()) {
            fixture.newCase();
            fixture.values.with(CaseFields.NATION, expected.getKey());
            long entry = caseAtLeadReview();
            move(entry, REFER, tick(Route.NRM_REFERRAL));
            move(entry, AWAIT_RG, noInput());

            move(entry, POSITIVE_RG, noInput());

            assertThat(engine.currentStep(entry), is(RECOVERY));
            assertThat(expected.getKey(), fixture.values.date(CaseFields.RECOVERY_SUPPORT_DATE),
                    is(Optional.of(expected.getValue())));
        }
    }

    @Test
    public void close_shouldAskForTheResolutionAndTheRetentionReviewDate() throws Exception {
        fixture.resolution = null;
        fixture.values.with(CaseFields.RETENTION_REVIEW, null);
        long entry = caseAtLeadReview();

        InvalidInputException refused = refused(entry, CLOSE, noInput());

        assertThat(errors(refused), allOf(
                hasEntry("resolution", texts.text("safeguarding.workflow.error.close-needs-resolution")),
                hasEntry("customfield_" + CaseFields.RETENTION_REVIEW,
                        texts.text("safeguarding.workflow.error.close-needs-retention-review"))));
        assertThat(engine.currentStep(entry), is(LEAD_REVIEW));
    }

    @Test
    public void close_shouldRefuseARetentionReviewDateThatIsNotAhead() throws Exception {
        fixture.values.with(CaseFields.RETENTION_REVIEW, TODAY);
        long entry = caseAtLeadReview();

        InvalidInputException refused = refused(entry, CLOSE, noInput());

        assertThat(errors(refused), hasEntry("customfield_" + CaseFields.RETENTION_REVIEW,
                texts.text("safeguarding.workflow.error.retention-review-must-be-ahead")));
    }

    @Test
    public void close_shouldKeepAChildsCaseOpenUntilChildrensServicesAreRecorded() throws Exception {
        fixture.values.with(CaseFields.AGE_GROUP, "under-18")
                .with(CaseFields.REFERRAL_ROUTES, List.of(Route.NRM_REFERRAL.id()));
        long entry = caseAtLeadReview();

        InvalidInputException refused = refused(entry, CLOSE, noInput());
        assertThat(errors(refused), hasEntry("customfield_" + CaseFields.REFERRAL_ROUTES,
                texts.text("safeguarding.workflow.error.child-close-ways-out")));

        tick(Route.CHILDRENS_SERVICES).accept(fixture.values);
        move(entry, CLOSE, noInput());
        assertThat(engine.currentStep(entry), is(CLOSED));
    }

    @Test
    public void referAndClose_shouldTreatSomeoneBornAChildAsAChildThoughAdultWasTicked() throws Exception {
        engine = engine(LEAD, COUNCIL);
        fixture.values.with(CaseFields.AGE_GROUP, "adult").with(CaseFields.CONSENT, "refused")
                .with(CaseFields.DATE_OF_BIRTH, WorkflowCaseFixture.TODAY.minusYears(15));
        long entry = caseAtLeadReview();

        InvalidInputException notify = refused(entry, REFER, tick(Route.DUTY_TO_NOTIFY));
        assertThat(errors(notify), hasEntry("customfield_" + CaseFields.REFERRAL_ROUTES,
                texts.text("safeguarding.workflow.error.duty-to-notify-not-for-children")));
        fixture.values.with(CaseFields.REFERRAL_ROUTES, List.of(Route.CHILDRENS_SERVICES.id()));

        InvalidInputException close = refused(entry, CLOSE, noInput());
        assertThat(errors(close), hasEntry("customfield_" + CaseFields.OUTCOME,
                texts.text("safeguarding.workflow.error.child-close-ways-out")));
    }

    @Test
    public void refer_shouldRefuseTheDutyToNotifyForACaseInScotland() throws Exception {
        engine = engine(LEAD, COUNCIL);
        fixture.values.with(CaseFields.CONSENT, "refused").with(CaseFields.NATION, "scotland");
        long entry = caseAtLeadReview();

        InvalidInputException refused = refused(entry, REFER, tick(Route.DUTY_TO_NOTIFY));

        assertThat(errors(refused), hasEntry("customfield_" + CaseFields.REFERRAL_ROUTES,
                texts.text("safeguarding.workflow.error.duty-to-notify-england-wales-only")));
        assertThat(engine.currentStep(entry), is(LEAD_REVIEW));
    }

    /** One row of the vignette table, walked through the real engine: may a council record a Duty to Notify? */
    private record NotifyRow(String nation, String ageGroup, LocalDate bornOn, boolean notifyAllowed) {
    }

    /**
     * The Duty to Notify binds public authorities in England and Wales, for adults only (domain reference §13.1,
     * §13.5): the workflow decides it by the same nation and the same age rule as the assessment (see VignettesTest).
     */
    @Test
    public void refer_shouldAllowTheDutyToNotifyOnlyForAnAdultInEnglandOrWalesAsTheAssessmentDoes() throws Exception {
        List<NotifyRow> rows = List.of(
                new NotifyRow("england", "adult", null, true),
                new NotifyRow("wales", "adult", null, true),
                new NotifyRow("scotland", "adult", null, false),
                new NotifyRow("northern-ireland", "adult", null, false),
                new NotifyRow("england", "under-18", null, false),
                new NotifyRow("england", "not-sure", null, false),
                new NotifyRow("england", "adult", TODAY.minusYears(15), false),
                new NotifyRow("england", "under-18", TODAY.minusMonths(1).minusYears(18), true));
        engine = engine(LEAD, COUNCIL);
        for (NotifyRow row : rows) {
            fixture.newCase();
            fixture.values.with(CaseFields.NATION, row.nation()).with(CaseFields.AGE_GROUP, row.ageGroup())
                    .with(CaseFields.CONSENT, "refused");
            if (row.bornOn() != null) {
                fixture.values.with(CaseFields.DATE_OF_BIRTH, row.bornOn());
            }
            long entry = caseAtLeadReview();
            String which = row.nation() + ", " + row.ageGroup() + ", born " + row.bornOn();

            if (row.notifyAllowed()) {
                move(entry, REFER, tick(Route.DUTY_TO_NOTIFY));
                assertThat(which, engine.currentStep(entry), is(REFERRED));
            } else {
                refused(entry, REFER, tick(Route.DUTY_TO_NOTIFY));
                assertThat(which, engine.currentStep(entry), is(LEAD_REVIEW));
            }
        }
    }

    /** Recording that someone is missing is always right: the panel then asks for the description (issue 15). */
    @Test
    public void reportMissing_shouldNeverBeRefusedEvenWithoutADescriptionPoliceCanUse() throws Exception {
        fixture.values.with(CaseFields.NATIONALITY, null).with(CaseFields.HEIGHT, null)
                .with(CaseFields.BUILD, null).with(CaseFields.DISTINGUISHING_FEATURES, null);
        long entry = caseAtLeadReview();

        move(entry, REPORT_MISSING, noInput());

        assertThat(engine.currentStep(entry), is(MISSING));
    }

    /** A new concern, immediate danger and someone missing: each tells the leads at once, and nothing else does. */
    @Test
    public void tellLeads_shouldTellTheLeadsOfANewConcernImmediateDangerAndSomeoneMissingOnly() throws Exception {
        fixture.namedLeads = List.of("Amira Lead", "Sam Lead");
        long entry = caseAtLeadReview();
        move(entry, DANGER, noInput());
        move(entry, REPORT_MISSING, noInput());

        assertThat(fixture.alerts, contains(LeadAlert.CONCERN_RAISED, LeadAlert.IMMEDIATE_DANGER, LeadAlert.MISSING));
        assertThat(fixture.told, contains(List.of("Amira Lead", "Sam Lead"), List.of("Amira Lead", "Sam Lead"),
                List.of("Amira Lead", "Sam Lead")));
    }

    /** The record keeps how serious the case looked at each telling: danger now is immediate danger (reference §13). */
    @Test
    public void tellLeads_shouldKeepTheRiskLevelTheCaseHadWhenTheLeadsWereTold() throws Exception {
        long entry = caseAtLeadReview();
        move(entry, DANGER, noInput());
        assertThat(fixture.risksWhenTold.get(0), is(not(RiskLevel.IMMEDIATE_DANGER)));
        assertThat(fixture.risksWhenTold.get(1), is(RiskLevel.IMMEDIATE_DANGER));

        fixture.newCase();
        fixture.values.with(CaseFields.IMMEDIATE_DANGER, "yes");
        engine.create(fixture.issue);
        assertThat(fixture.risksWhenTold.get(2), is(RiskLevel.IMMEDIATE_DANGER));
    }

    @Test
    public void reportMissing_shouldRecordWhoProducedTheSummaryForPolice() throws Exception {
        long entry = caseAtLeadReview();
        assertThat(fixture.missingSummariesBy, empty());

        move(entry, REPORT_MISSING, noInput());

        assertThat(fixture.missingSummariesBy, contains(LEAD));
    }

    @Test
    public void errors_shouldGoAtTheTopWhenSetUpHasNotRecordedTheField() throws Exception {
        WorkflowCaseFixture unprovisioned = new WorkflowCaseFixture();
        unprovisioned.fieldsRecorded = false;
        WorkflowEngine withoutFields = new WorkflowEngine(LEAD, new Adapters(unprovisioned, leads, CHARITY));
        long entry = withoutFields.create(unprovisioned.issue);
        withoutFields.transition(entry, SEND_TO_LEAD, unprovisioned.transition(noInput()));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> withoutFields.transition(entry, REFER, unprovisioned.transition(noInput())));

        assertThat(genericErrors(refused), contains(containsString("Referral routes")));
        assertThat(errors(refused).isEmpty(), is(true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(InvalidInputException refused) {
        return refused.getErrors();
    }

    @SuppressWarnings("unchecked")
    private static List<String> genericErrors(InvalidInputException refused) {
        return refused.getGenericErrors();
    }

    private WorkflowEngine engine(String caller, Organisation organisation) {
        return new WorkflowEngine(caller, new Adapters(fixture, leads, organisation));
    }

    private long caseAtLeadReview() throws Exception {
        long entry = engine.create(fixture.issue);
        move(entry, SEND_TO_LEAD, noInput());
        return entry;
    }

    private void move(long entry, int action, Consumer<InMemoryCaseValues> screenInput) throws Exception {
        engine.transition(entry, action, fixture.transition(screenInput));
    }

    private InvalidInputException refused(long entry, int action, Consumer<InMemoryCaseValues> screenInput) {
        return assertThrows(InvalidInputException.class, () -> move(entry, action, screenInput));
    }
}
