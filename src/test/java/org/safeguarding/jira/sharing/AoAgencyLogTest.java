package org.safeguarding.jira.sharing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import net.java.ao.schema.StringLength;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;

public class AoAgencyLogTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final AgencyShare TO_POLICE = new AgencyShare(Agency.POLICE, "Police Scotland",
            LocalDate.of(2026, 11, 30), SharingChannel.PHONE, "Where she works", LawfulBasis.PUBLIC_TASK,
            SharingCondition.SAFEGUARDING, false, "Asking would alert him", "CR/123", Optional.of(3L));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ActiveObjects ao;

    private AoAgencyLog log;

    @Before
    public void setUp() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0)
                .doInTransaction());
        log = new AoAgencyLog(ao);
    }

    @Test
    public void append_shouldCreateOneRowWithEveryValueInATransactionAndAnswerItWithItsNumber() {
        AgencyShareEntity created = row("SG-1");
        when(ao.create(eq(AgencyShareEntity.class), any(Map.class))).thenReturn(created);

        AgencyShare.Recorded recorded = log.append("SG-1", "lead", NINE, TO_POLICE);

        Map<String, Object> expected = new HashMap<>(Map.of("CASE_KEY", "SG-1", "RECORDED_BY", "lead",
                "RECORDED_AT", "2026-12-01T09:00:00Z", "AGENCY", "police", "SHARED_ON", "2026-11-30",
                "CHANNEL", "phone", "WHAT_SHARED", "Where she works", "LAWFUL_BASIS", "public-task",
                "SPECIAL_CONDITION", "safeguarding", "WITH_CONSENT", false));
        expected.putAll(Map.of("AGENCY_NAME", "Police Scotland", "WITHOUT_CONSENT_BECAUSE", "Asking would alert him",
                "THEIR_REFERENCE", "CR/123", "CORRECTS", 3L));
        verify(ao).create(AgencyShareEntity.class, expected);
        assertThat(recorded, is(new AgencyShare.Recorded(12, "SG-1", "lead", NINE, TO_POLICE)));
    }

    @Test
    public void forCase_shouldReadTheCasesEntriesOldestFirst() {
        AgencyShareEntity row = row("SG-1");
        when(ao.find(eq(AgencyShareEntity.class), any(Query.class))).thenReturn(new AgencyShareEntity[] {row});

        assertThat(log.forCase("SG-1"), is(List.of(new AgencyShare.Recorded(12, "SG-1", "lead", NINE, TO_POLICE))));
        verify(ao).find(eq(AgencyShareEntity.class), argThat((Query query) -> "CASE_KEY = ?".equals(
                query.getWhereClause()) && "SG-1".equals(query.getWhereParams()[0])
                && "ID".equals(query.getOrderClause())));
    }

    @Test
    public void anonymise_shouldReplaceWhatTheEntriesSayAboutThePersonAndKeepTheRest() {
        AgencyShareEntity row = row("SG-1");
        when(ao.find(eq(AgencyShareEntity.class), any(Query.class))).thenReturn(new AgencyShareEntity[] {row});

        log.anonymise("SG-1", "[anonymised]");

        verify(row).setWhatShared("[anonymised]");
        verify(row).setWithoutConsentBecause("[anonymised]");
        verify(row).setTheirReference("[anonymised]");
        verify(row, never()).setAgencyName(any());
        verify(row, never()).setLawfulBasis(any());
        verify(row).save();
    }

    /**
     * A decision not to share has no channel, basis or condition; the columns, NOT NULL since the first version, hold
     * "not-shared" for it, and it reads back as none.
     */
    @Test
    public void append_shouldKeepTheDecisionAndADecisionNotToShareWithoutChannelBasisOrCondition() {
        AgencyShare notShared = new AgencyShare(Agency.OTHER, "Her employer", LocalDate.of(2026, 11, 30), null,
                "Her address", null, null, false, null, null, Optional.empty(), Optional.of(new ShareDecision(false,
                "They asked to post her wages", "Sam", false, "He reads her post", "He may control her", "REQ-9",
                true, Optional.empty())));
        AgencyShareEntity created = row("SG-1");
        when(created.getChannel()).thenReturn(AoAgencyLog.NOT_SHARED);
        when(created.getLawfulBasis()).thenReturn(AoAgencyLog.NOT_SHARED);
        when(created.getSpecialCondition()).thenReturn(AoAgencyLog.NOT_SHARED);
        when(created.getDecision()).thenReturn(AoAgencyLog.NOT_SHARED);
        when(created.getPurpose()).thenReturn("They asked to post her wages");
        when(created.getDecidedBy()).thenReturn("Sam");
        when(created.getNotToldBecause()).thenReturn("He reads her post");
        when(created.getNotSharedBecause()).thenReturn("He may control her");
        when(created.getAgreementReference()).thenReturn("REQ-9");
        when(created.getUrgent()).thenReturn(true);
        when(ao.create(eq(AgencyShareEntity.class), any(Map.class))).thenReturn(created);

        AgencyShare read = log.append("SG-1", "lead", NINE, notShared).share();

        verify(ao).create(eq(AgencyShareEntity.class), argThat((Map<String, Object> row) -> "not-shared".equals(
                row.get("CHANNEL")) && "not-shared".equals(row.get("LAWFUL_BASIS")) && "not-shared".equals(
                row.get("DECISION")) && "He may control her".equals(row.get("NOT_SHARED_BECAUSE"))
                && Boolean.TRUE.equals(row.get("URGENT")) && !row.containsKey("CRIMINAL_CONDITION")));
        assertThat(read.channel(), is(nullValue()));
        assertThat(read.basis(), is(nullValue()));
        assertThat(read.isShared(), is(false));
        assertThat(read.decision().orElseThrow().agreementReference(), is("REQ-9"));
    }

    @Test
    public void forCase_shouldReadAnEntryLoggedBeforeTheDecisionWasAskedAsHavingNone() {
        AgencyShareEntity row = row("SG-1");
        when(ao.find(eq(AgencyShareEntity.class), any(Query.class))).thenReturn(new AgencyShareEntity[] {row});

        assertThat(log.forCase("SG-1").get(0).share().decision(), is(Optional.empty()));
    }

    @Test
    public void longTexts_shouldHaveUnlimitedColumnsAsActiveObjectsCutsOthersAt255() throws Exception {
        for (String getter : List.of("getWhatShared", "getWithoutConsentBecause", "getPurpose", "getNotToldBecause",
                "getNotSharedBecause")) {
            assertThat(getter, AgencyShareEntity.class.getMethod(getter).getAnnotation(StringLength.class).value(),
                    is(StringLength.UNLIMITED));
        }
        assertThat(AgencyShare.MAX_NAME < 255 && AgencyShare.MAX_REFERENCE < 255
                && ShareDecision.MAX_DECIDED_BY < 255, is(true));
    }

    private static AgencyShareEntity row(String caseKey) {
        AgencyShareEntity row = mock(AgencyShareEntity.class);
        when(row.getID()).thenReturn(12);
        when(row.getCaseKey()).thenReturn(caseKey);
        when(row.getRecordedBy()).thenReturn("lead");
        when(row.getRecordedAt()).thenReturn(NINE.toString());
        when(row.getAgency()).thenReturn("police");
        when(row.getAgencyName()).thenReturn("Police Scotland");
        when(row.getSharedOn()).thenReturn("2026-11-30");
        when(row.getChannel()).thenReturn("phone");
        when(row.getWhatShared()).thenReturn("Where she works");
        when(row.getLawfulBasis()).thenReturn("public-task");
        when(row.getSpecialCondition()).thenReturn("safeguarding");
        when(row.getWithConsent()).thenReturn(false);
        when(row.getWithoutConsentBecause()).thenReturn("Asking would alert him");
        when(row.getTheirReference()).thenReturn("CR/123");
        when(row.getCorrects()).thenReturn(3L);
        return row;
    }
}
