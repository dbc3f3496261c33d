package org.safeguarding.jira.sharing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.cases.LeadPageFixture;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.OrganisationType;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;

/** A case's agency and sharing log page for its lead: every entry in words, escaped by real Velocity, the view logged. */
public class AgencyLogServletTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final AgencyShare TO_POLICE = new AgencyShare(Agency.POLICE, "Police <Scotland>",
            LocalDate.of(2026, 11, 30), SharingChannel.PHONE, "Where <b>she</b> works", LawfulBasis.PUBLIC_TASK,
            SharingCondition.SAFEGUARDING, false, "Asking would alert him", "CR/123", Optional.empty());

    private final LeadPageFixture page = new LeadPageFixture("SG-1");
    private final InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
    private final InMemoryAgencyLog log = new InMemoryAgencyLog();
    private AgencyLogServlet servlet;

    @Before
    public void setUp() {
        when(page.request.getContextPath()).thenReturn("/jira");
        when(page.records.forLead("SG-1")).thenReturn(Optional.of(new CaseRecord("SG-1", "Concern", "",
                new InMemoryCaseValues(), List.of())));
        servlet = new AgencyLogServlet(page.leadPages(), log, key -> "Sam Lead", settings, page.pages(), page.texts,
                Clock.fixed(NINE, ZoneId.of("Europe/London")));
    }

    private String render() throws Exception {
        servlet.doGet(page.request, page.response);
        return page.html(AgencyLogServlet.TEMPLATE);
    }

    @Test
    public void doGet_shouldShowEachEntryInWordsMarkCorrectedOnesAndRecordTheView() throws Exception {
        log.append("SG-1", "lead", NINE, TO_POLICE);
        log.append("SG-1", "lead", NINE, new AgencyShare(Agency.POLICE, "Police Scotland", LocalDate.of(2026, 11, 30),
                SharingChannel.PHONE, "Where she works and lives", LawfulBasis.PUBLIC_TASK,
                SharingCondition.SAFEGUARDING, false, "Asking would alert him", null, Optional.of(1L)));

        String html = render();

        assertThat(html, containsString("1. 30 Nov 2026: Police: Police &lt;Scotland&gt;"));
        assertThat(html, containsString("Where &lt;b&gt;she&lt;/b&gt; works"));
        assertThat(html, containsString(VelocityTemplates.escaped(VelocityTemplates.text(
                "safeguarding.sharing.without-consent", "Asking would alert him"))));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.basis.public-task")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.corrected")));
        assertThat(html, containsString("<a href=\"#safeguarding-sharing-entry-1\">"));
        assertThat(html, containsString("action=\"/jira/rest/safeguarding/1.0/issue/SG-1/agency-log\""));
        assertThat(page.access.latest("SG-1", 1).get(0).kind(), is(AccessKind.VIEWED));
        assertThat(page.access.latest("SG-1", 1).get(0).detail(), is(AgencyLogServlet.VIEWED));
    }

    @Test
    public void doGet_shouldSayWhatACorrectionChangedAndGiveTheLegacyEntryItsWordsWithoutAnInventedDecision()
            throws Exception {
        log.append("SG-1", "lead", NINE, TO_POLICE);
        log.append("SG-1", "lead", NINE, new AgencyShare(Agency.POLICE, "Police <Scotland>", LocalDate.of(2026, 11, 30),
                SharingChannel.PHONE, "Where <b>she</b> works", LawfulBasis.PUBLIC_TASK,
                SharingCondition.PREVENTING_UNLAWFUL_ACTS, false, "Asking would alert him", "CR/123", Optional.of(1L),
                Optional.of(new ShareDecision(true, "So they can find him", "Sam, the DSL", true, null, null, null,
                        false, Optional.empty()))));

        String html = render();

        // Entry 1 was logged before the app asked why: it says so rather than leaving a blank or guessing.
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.decision.not-asked")));
        assertThat(html, containsString("<li>" + VelocityTemplates.text("safeguarding.sharing.changed",
                VelocityTemplates.text("safeguarding.sharing.field.condition"),
                VelocityTemplates.text("safeguarding.sharing.condition.safeguarding"),
                VelocityTemplates.text("safeguarding.sharing.condition.preventing-unlawful-acts")) + "</li>"));
        assertThat(html, not(containsString(VelocityTemplates.text("safeguarding.sharing.field.channel") + ": was")));
    }

    /** §14.4: a decision not to share is logged with its reason, and no channel, basis or consent. */
    @Test
    public void doGet_shouldShowADecisionNotToShareWithItsReason() throws Exception {
        log.append("SG-1", "lead", NINE, new AgencyShare(Agency.OTHER, "Her employer", LocalDate.of(2026, 11, 30),
                null, "Her address", null, null, false, null, null, Optional.empty(), Optional.of(new ShareDecision(
                false, "They asked to post her wages", "Sam, the DSL", true, null, "He may be controlling her", null,
                false, Optional.empty()))));

        String html = render();

        assertThat(html, containsString("1. 30 Nov 2026: decided not to share with Other (name it): Her employer"));
        assertThat(html, containsString("He may be controlling her"));
        assertThat(html, not(containsString("<dt>" + VelocityTemplates.text("safeguarding.sharing.field.basis"))));
    }

    /** Consent to the police with a Part 2 condition, with or without the organisation's policy document linked. */
    private String consentToThePolice(String policyDocument) throws Exception {
        settings.save(new AppSettings(Set.of(), false, false, null, null, null, false, OrganisationType.CHARITY,
                policyDocument));
        log.append("SG-1", "lead", NINE, new AgencyShare(Agency.POLICE, null, LocalDate.of(2026, 11, 30),
                SharingChannel.PHONE, "Where she works", LawfulBasis.CONSENT, SharingCondition.SAFEGUARDING, true,
                null, null, Optional.empty(), Optional.of(new ShareDecision(true, "So they can protect her", "Sam",
                        true, null, null, null, false, Optional.empty()))));
        return render();
    }

    @Test
    public void doGet_shouldCautionAboutConsentToThePoliceAndSayNoPolicyDocumentIsLinked() throws Exception {
        String html = consentToThePolice(null);

        assertThat(html, containsString(VelocityTemplates.text(
                "safeguarding.sharing.caution.consent-not-freely-given")));
        assertThat(html, containsString(VelocityTemplates.escaped(VelocityTemplates.text(
                "safeguarding.sharing.caution.needs-policy-document.none-linked"))));
    }

    @Test
    public void doGet_shouldLinkThePolicyDocumentAPartTwoConditionRestsOn() throws Exception {
        String html = consentToThePolice("https://intranet.example/apd");

        assertThat(html, containsString(VelocityTemplates.escaped(VelocityTemplates.text(
                "safeguarding.sharing.caution.needs-policy-document")) + " <a href=\"https://intranet.example/apd\">"));
    }

    /** A public authority is offered public task, legal obligation and vital interests only, and told why. */
    @Test
    public void doGet_shouldOfferAPublicAuthorityOnlyTheBasesItMayUse() throws Exception {
        settings.save(new AppSettings(Set.of(), false, false, null, null, null, false,
                OrganisationType.PUBLIC_AUTHORITY));

        String html = render();

        assertThat(html, containsString("<option value=\"public-task\">"));
        assertThat(html, containsString("<option value=\"vital-interests\">"));
        assertThat(html, not(containsString("<option value=\"legitimate-interests\">")));
        assertThat(html, not(containsString("<option value=\"recognised-legitimate-interest\">")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.basis.for.public-authority")));
    }

    @Test
    public void doGet_shouldOfferEveryBasisUntilTheSettingsSayWhatKindOfOrganisationItIs() throws Exception {
        String html = render();

        assertThat(html, containsString("<option value=\"recognised-legitimate-interest\">"));
        assertThat(html, containsString(VelocityTemplates.escaped(VelocityTemplates.text(
                "safeguarding.sharing.basis.for.unsaid"))));
    }

    @Test
    public void doGet_shouldConfirmOnlyAnEntryOfThisCaseAsJustRecorded() throws Exception {
        log.append("SG-1", "lead", NINE, TO_POLICE);
        when(page.request.getParameter("recorded")).thenReturn("1");

        assertThat(render(), containsString(VelocityTemplates.text("safeguarding.sharing.recorded", "1")));
    }

    @Test
    public void doGet_shouldSayNothingIsRecordedYetAndOfferNoEntryToCorrect() throws Exception {
        when(page.request.getParameter("recorded")).thenReturn("7");

        String html = render();

        assertThat(html, containsString(VelocityTemplates.text("safeguarding.sharing.none")));
        assertThat(html, not(containsString("safeguarding-sharing-corrects")));
        assertThat(html, not(containsString("safeguarding-sharing-recorded\"")));
    }
}
