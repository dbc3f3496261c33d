package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.connections.InMemoryCaseMarkers;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;

public class AnonymisationTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CaseLeads leads;
    @Mock
    private Cases cases;
    @Mock
    private CaseAnonymiser anonymiser;

    private final InMemoryAccessLog log = new InMemoryAccessLog();
    private final InMemoryClosedCases closedCases = new InMemoryClosedCases();
    private final InMemoryAgencyLog agencyLog = new InMemoryAgencyLog();
    private final InMemoryCaseMarkers markers = new InMemoryCaseMarkers();
    private Anonymisation anonymisation;

    @Before
    public void setUp() {
        TestUser lead = TestUser.worker().lead();
        Clock clock = Clock.fixed(Instant.parse("2033-02-01T10:00:00Z"), ZoneId.of("Europe/London"));
        anonymisation = new Anonymisation(leads, cases, anonymiser, new AccessRecorder(log, lead, clock), closedCases,
                agencyLog, markers, lead, key -> "Lee Lead", new PropertiesTexts(), clock);
        closedCases.closed("SG-1", LocalDate.of(2026, 11, 29), null);
    }

    @Test
    public void anonymise_shouldReplaceAClosedCasesDetailsRecordItAndTakeItOffTheRetentionList() throws Exception {
        when(leads.leads("SG-1")).thenReturn(true);
        when(anonymiser.isClosed("SG-1")).thenReturn(true);
        agencyLog.append("SG-1", "lead", Instant.parse("2033-01-01T10:00:00Z"), new AgencyShare(Agency.POLICE, null,
                LocalDate.of(2032, 12, 31), SharingChannel.PHONE, "Her address", LawfulBasis.PUBLIC_TASK,
                SharingCondition.SAFEGUARDING, true, null, "CR/1", Optional.empty()));

        Anonymisation.Standing standing = anonymisation.anonymise("SG-1");

        assertThat(standing, is(Anonymisation.Standing.MAY_ANONYMISE));
        verify(anonymiser).anonymise("SG-1", new CaseAnonymiser.Markers("[Anonymised]",
                "Anonymised safeguarding case",
                "The personal details of this case were removed on 1 Feb 2033 by Lee Lead."));
        CaseAccess entry = log.latest("SG-1", 1).get(0);
        assertThat(entry.kind(), is(AccessKind.ANONYMISED));
        assertThat(entry.at(), equalTo(Instant.parse("2033-02-01T10:00:00Z")));
        assertThat(closedCases.all().isEmpty(), is(true));
        AgencyShare shared = agencyLog.forCase("SG-1").get(0).share();
        assertThat(shared.whatShared(), is("[Anonymised]"));
        assertThat(shared.theirReference(), is("[Anonymised]"));
        assertThat(shared.agency(), is(Agency.POLICE));
    }

    /** Markers are about other people and would tie the anonymised case to them (issue 34): none stays. */
    @Test
    public void anonymise_shouldRemoveTheCasesMarkersAndNoOtherCases() throws Exception {
        when(leads.leads("SG-1")).thenReturn(true);
        when(anonymiser.isClosed("SG-1")).thenReturn(true);
        Marker carWash = Marker.of(MarkerKind.PLACE, "Sparkle Car Wash, M1 1AE").marker().orElseThrow();
        markers.add("SG-1", carWash, "lead", Instant.parse("2033-01-01T10:00:00Z"));
        markers.add("SG-2", carWash, "lead", Instant.parse("2033-01-01T10:00:00Z"));

        anonymisation.anonymise("SG-1");

        assertThat(markers.forCase("SG-1"), is(List.of()));
        assertThat(markers.forCase("SG-2").size(), is(1));
        assertThat(markers.otherCases("SG-2", carWash), is(Set.of()));
    }

    @Test
    public void anonymise_shouldKeepTheMarkersOfACaseItMayNotAnonymise() throws Exception {
        when(leads.leads("SG-1")).thenReturn(true);
        markers.add("SG-1", Marker.of(MarkerKind.NAME, "Big Stefan").marker().orElseThrow(), "lead",
                Instant.parse("2033-01-01T10:00:00Z"));

        assertThat(anonymisation.anonymise("SG-1"), is(Anonymisation.Standing.STILL_OPEN));
        assertThat(markers.forCase("SG-1").size(), is(1));
    }

    @Test
    public void anonymise_shouldChangeNothingWhileTheCaseHasSubTasksAndNameThem() throws Exception {
        when(leads.leads("SG-1")).thenReturn(true);
        when(anonymiser.isClosed("SG-1")).thenReturn(true);
        when(anonymiser.subTaskKeys("SG-1")).thenReturn(List.of("SG-2", "SG-3"));

        assertThat(anonymisation.anonymise("SG-1"), is(Anonymisation.Standing.HAS_SUB_TASKS));

        verify(anonymiser, never()).anonymise(anyString(), any());
        assertThat(anonymisation.refusal("SG-1", Anonymisation.Standing.HAS_SUB_TASKS).orElseThrow(),
                is("This case has sub-tasks (SG-2, SG-3), which can hold the person's details too. Anonymise or "
                        + "delete them first, then come back to this case."));
        assertThat(anonymisation.refusal("SG-1", Anonymisation.Standing.MAY_ANONYMISE), is(Optional.empty()));
    }

    @Test
    public void anonymise_shouldChangeNothingWhileTheCaseIsOpen() throws Exception {
        when(leads.leads("SG-1")).thenReturn(true);

        assertThat(anonymisation.anonymise("SG-1"), is(Anonymisation.Standing.STILL_OPEN));

        verify(anonymiser, never()).anonymise(anyString(), any());
        assertThat(log.latest("SG-1", 1).isEmpty(), is(true));
    }

    @Test
    public void anonymise_shouldRefuseSomeoneWhoSeesTheCaseButDoesNotLeadIt() throws Exception {
        when(cases.isVisibleCase("SG-1")).thenReturn(true);

        assertThat(anonymisation.anonymise("SG-1"), is(Anonymisation.Standing.LEADS_ONLY));

        verify(anonymiser, never()).isClosed(anyString());
        verify(anonymiser, never()).anonymise(anyString(), any());
    }

    @Test
    public void standing_shouldAnswerACaseSomeoneMayNotSeeAsNotVisible() {
        assertThat(anonymisation.standing("SG-1"), is(Anonymisation.Standing.NOT_VISIBLE));
    }

    @Test
    public void anonymise_shouldRecordNothingAndKeepTheCaseListedWhenItStopsPartWay() throws Exception {
        when(leads.leads("SG-1")).thenReturn(true);
        when(anonymiser.isClosed("SG-1")).thenReturn(true);
        doThrow(new CaseAnonymiser.Unfinished("no index", null)).when(anonymiser).anonymise(anyString(), any());

        assertThrows(CaseAnonymiser.Unfinished.class, () -> anonymisation.anonymise("SG-1"));

        assertThat(log.latest("SG-1", 1).isEmpty(), is(true));
        assertThat(closedCases.all().size(), is(1));
    }
}
