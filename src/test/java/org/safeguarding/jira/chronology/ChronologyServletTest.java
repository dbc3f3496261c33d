package org.safeguarding.jira.chronology;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.cases.LeadPageFixture;
import org.safeguarding.jira.cases.PersonCases;
import org.safeguarding.jira.cases.PersonConcerns;
import org.safeguarding.jira.leads.InMemoryLeadsTold;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.RiskLevel;

/** A case's chronology for its lead: every record in one order, escaped by real Velocity, the export recorded. */
public class ChronologyServletTest {
    private static final CaseRecord SG_1 = new CaseRecord("SG-1", "Concern at the car wash", "",
            new InMemoryCaseValues().with(CaseFields.REFERRED_ON, LocalDate.of(2026, 11, 28))
                    .with(CaseFields.REASONABLE_GROUNDS_DUE, LocalDate.of(2026, 12, 5))
                    .with(CaseFields.REFERRAL_ROUTES, List.of("police", "nrm-referral"))
                    .with(CaseFields.REFERRAL_REFERENCE, "NRM-2026-118")
                    .with(CaseFields.LAST_SEEN_WHEN, LocalDateTime.of(2026, 11, 29, 22, 30))
                    .with(CaseFields.LAST_SEEN_WHERE, "Bus station")
                    .with(CaseFields.CONSENT, "unable")
                    .with(CaseFields.BEST_INTERESTS, "Dr Okafor, 28 Nov, she cannot weigh the choice"),
            List.of(new CaseRecord.Note("Ann Worker", LocalDateTime.of(2026, 11, 27, 11, 0), "Said <b>boss</b> hits her")));

    private final LeadPageFixture page = new LeadPageFixture("SG-1");
    private final InMemoryAccessLog steps = new InMemoryAccessLog();
    private final InMemoryAgencyLog shares = new InMemoryAgencyLog();
    private final InMemoryLeadsTold told = new InMemoryLeadsTold();
    private final PersonConcerns personConcerns = mock(PersonConcerns.class);
    private ChronologyServlet servlet;

    @Before
    public void setUp() {
        when(page.records.forLead("SG-1")).thenReturn(Optional.of(SG_1));
        steps.append(new CaseAccess("SG-1", "worker", Instant.parse("2026-11-27T10:00:00Z"), AccessKind.TRANSITIONED,
                "Create"));
        steps.append(new CaseAccess("SG-1", "lead", Instant.parse("2026-11-28T09:00:00Z"), AccessKind.TRANSITIONED,
                "Refer"));
        steps.append(new CaseAccess("SG-1", "lead", Instant.parse("2026-11-30T08:00:00Z"), AccessKind.TRANSITIONED,
                "Report missing"));
        steps.append(new CaseAccess("SG-1", "lead", Instant.parse("2026-11-30T08:05:00Z"), AccessKind.VIEWED,
                "safeguarding.access.detail.case"));
        shares.append("SG-1", "lead", Instant.parse("2026-11-30T09:00:00Z"), new AgencyShare(Agency.POLICE,
                "Greater Manchester Police", LocalDate.of(2026, 11, 30), SharingChannel.PHONE, "Her description",
                LawfulBasis.PUBLIC_TASK, SharingCondition.VITAL_INTERESTS, false, "She is missing", "CAD 4411",
                Optional.empty()));
        servlet = new ChronologyServlet(page.leadPages(), steps, shares, told, new PersonCases(personConcerns,
                page.records, new AccessRecorder(page.access, TestUser.worker().lead(), new UkClock())),
                key -> key.equals("lead") ? "Sam Lead" : key, TestUser.worker().lead(), page.pages(), page.texts, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"),
                        ZoneOffset.UTC));
    }

    @Test
    public void doGet_shouldGiveEveryRecordOfTheCaseOldestFirstAndRecordTheExport() throws Exception {
        told.told(new LeadsTold(LeadAlert.CONCERN_RAISED, Instant.parse("2026-11-27T10:00:00Z"), List.of("Sam Lead"),
                Optional.of(RiskLevel.HIGH)));

        servlet.doGet(page.request, page.response);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> entries = (List<Map<String, String>>) page.context(ChronologyServlet.TEMPLATE)
                .get("entries");
        // A day known only to the day comes after that day's times: the police were told after the step that day.
        assertThat(entries.stream().map(entry -> entry.get("when")).toList(), contains("27 Nov 2026, 10:00:00",
                "27 Nov 2026, 11:00:00", "28 Nov 2026, 09:00:00", "28 Nov 2026", "29 Nov 2026, 22:30:00",
                "30 Nov 2026, 08:00:00", "30 Nov 2026"));
        assertThat(entries.get(0).get("what"), is(VelocityTemplates.text("safeguarding.chronology.raised.risk",
                "High risk")));
        assertThat(entries.get(0).get("who"), is("worker"));
        assertThat(entries.get(2).get("what"), is(VelocityTemplates.text("safeguarding.chronology.referred", "Refer",
                "Police, NRM referral") + " " + VelocityTemplates.text("safeguarding.chronology.referred.reference",
                "NRM-2026-118") + " " + VelocityTemplates.text("safeguarding.chronology.referred.consent",
                "Cannot decide (lacks the capacity to)") + " " + VelocityTemplates.text(
                "safeguarding.chronology.referred.best-interests", "Dr Okafor, 28 Nov, she cannot weigh the choice")));
        assertThat(entries.get(3).get("what"), is(VelocityTemplates.text("safeguarding.field.referral.referred-on.name")));
        assertThat(entries.get(4).get("what"), is(VelocityTemplates.text("safeguarding.chronology.last-seen",
                "Bus station")));
        assertThat(entries.get(5).get("who"), is("Sam Lead"));
        assertThat(entries.get(6).get("what"), is(VelocityTemplates.text(
                "safeguarding.chronology.shared.without-consent", "1", "Police: Greater Manchester Police, "
                        + "reference CAD 4411", "Phone", "Her description")));
        // The decision due is still ahead: not something that happened.
        @SuppressWarnings("unchecked")
        List<Map<String, String>> comingUp = (List<Map<String, String>>) page.context(ChronologyServlet.TEMPLATE)
                .get("comingUp");
        assertThat(comingUp.stream().map(entry -> entry.get("when")).toList(), contains("5 Dec 2026"));
        assertThat(page.context(ChronologyServlet.TEMPLATE).get("produced"), is(VelocityTemplates.text(
                "safeguarding.chronology.produced", "1 Dec 2026, 09:00:00", "Z", "Sam Lead")));
        String html = page.html(ChronologyServlet.TEMPLATE);
        assertThat(html, containsString("Said &lt;b&gt;boss&lt;/b&gt; hits her"));
        assertThat(page.access.latest("SG-1", 1).get(0).kind(), is(AccessKind.EXPORTED));
        assertThat(page.access.latest("SG-1", 1).get(0).detail(), is(ChronologyServlet.EXPORTED));
    }

    /**
     * The person's chronology: the other concerns with the same reference that the lead leads too, in one timeline,
     * each entry saying its case; one the lead may see but does not lead adds nothing (issue 34).
     */
    @Test
    public void doGet_shouldGiveThePersonsChronologyAcrossTheConcernsTheLeadLeads() throws Exception {
        CaseRecord withReference = new CaseRecord("SG-1", "Concern at the car wash", "", new InMemoryCaseValues()
                .with(CaseFields.PERSON_REFERENCE, "G-1023"), List.of());
        CaseRecord earlier = new CaseRecord("SG-9", "Earlier concern", "", new InMemoryCaseValues(), List.of(
                new CaseRecord.Note("Ann Worker", LocalDateTime.of(2026, 3, 3, 10, 0), "First came to the drop-in")));
        when(page.records.forLead("SG-1")).thenReturn(Optional.of(withReference));
        when(page.records.forLead("SG-9")).thenReturn(Optional.of(earlier));
        when(page.records.forLead("HOME-3")).thenReturn(Optional.empty());
        when(personConcerns.others("SG-1", "G-1023")).thenReturn(List.of(
                new PersonConcerns.Other("HOME-3", Optional.empty(), LocalDate.of(2026, 5, 1)),
                new PersonConcerns.Other("SG-9", Optional.of(ReferralStep.CLOSED), LocalDate.of(2026, 3, 3))));
        when(page.request.getParameter("person")).thenReturn("yes");

        servlet.doGet(page.request, page.response);

        Map<String, Object> context = page.context(ChronologyServlet.TEMPLATE);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> entries = (List<Map<String, String>>) context.get("entries");
        assertThat(context.get("title"), is(VelocityTemplates.text("safeguarding.chronology.person.title",
                "SG-1, SG-9")));
        assertThat(entries.get(0).get("what"), is("SG-9: First came to the drop-in"));
        assertThat(entries.get(1).get("what"), startsWith("SG-1: "));
        assertThat(page.access.latest("SG-9", 1).get(0).detail(), is(ChronologyServlet.EXPORTED));
        assertThat(page.access.latest("HOME-3", 1), is(empty()));
    }

    @Test
    public void doGet_shouldGiveTheCasesOwnChronologyWhenThePersonIsNotAsked() throws Exception {
        servlet.doGet(page.request, page.response);

        assertThat(page.context(ChronologyServlet.TEMPLATE).get("title"), is(VelocityTemplates.text(
                "safeguarding.chronology.title", "SG-1")));
        verifyNoInteractions(personConcerns);
    }

    /** A case raised before the app kept the risk at each telling says it was raised, and no level it cannot know. */
    @Test
    public void doGet_shouldSayOnlyThatTheConcernWasRaisedWhenTheRiskThenWasNotKept() throws Exception {
        told.told(new LeadsTold(LeadAlert.CONCERN_RAISED, Instant.parse("2026-11-27T10:00:00Z"), List.of(),
                Optional.empty()));

        servlet.doGet(page.request, page.response);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> entries = (List<Map<String, String>>) page.context(ChronologyServlet.TEMPLATE)
                .get("entries");
        assertThat(entries.get(0).get("what"), is(VelocityTemplates.text("safeguarding.chronology.raised")));
    }

    /** A decision not to share is part of the case's story (§14.4), said as what it was: nothing was shared. */
    @Test
    public void doGet_shouldSayADecisionNotToShareAndWhy() throws Exception {
        shares.append("SG-1", "lead", Instant.parse("2026-11-30T10:00:00Z"), new AgencyShare(Agency.OTHER,
                "Her employer", LocalDate.of(2026, 11, 30), null, "Her address", null, null, false, null, null,
                Optional.empty(), Optional.of(new ShareDecision(false, "They asked to post her wages", "Sam", true,
                        null, "He may control her", null, false, Optional.empty()))));

        servlet.doGet(page.request, page.response);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> entries = (List<Map<String, String>>) page.context(ChronologyServlet.TEMPLATE)
                .get("entries");
        assertThat(entries.stream().map(entry -> entry.get("what")).toList(), hasItem(VelocityTemplates.text(
                "safeguarding.chronology.not-shared", "2", "Other (name it): Her employer", "Her address",
                "He may control her")));
    }
}
