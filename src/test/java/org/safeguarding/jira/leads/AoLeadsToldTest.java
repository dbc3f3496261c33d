package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;
import org.safeguarding.screening.RiskLevel;

public class AoLeadsToldTest {
    private static final LeadsTold TOLD = new LeadsTold(LeadAlert.MISSING, Instant.parse("2026-12-01T14:02:00Z"),
            List.of("Sam Lead", "Ola, Lead"), Optional.of(RiskLevel.HIGH));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ActiveObjects ao;
    @Mock
    private LeadsToldEntity row;

    private AoLeadsTold told;

    @Before
    public void setUp() {
        told = new AoLeadsTold(ao);
    }

    @Test
    public void record_shouldAppendWhatHappenedWhenAndWhomItToldInTheAppsOwnStore() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0)
                .doInTransaction());

        told.record("SG-1", TOLD);

        verify(ao).create(LeadsToldEntity.class, Map.of("CASE_KEY", "SG-1", "ALERT", "missing",
                "TOLD_AT", "2026-12-01T14:02:00Z", "LEADS", "[\"Sam Lead\",\"Ola, Lead\"]", "RISK", "high"));
    }

    @Test
    public void record_shouldNeverFailTheTransitionThatToldThem() {
        when(ao.executeInTransaction(any())).thenThrow(new IllegalStateException("database down"));

        told.record("SG-1", TOLD);

        verify(ao).executeInTransaction(any());
    }

    @Test
    public void latest_shouldReadTheCasesNewestTellingByItsKey() {
        when(row.getAlert()).thenReturn("missing");
        when(row.getToldAt()).thenReturn("2026-12-01T14:02:00Z");
        when(row.getLeads()).thenReturn("[\"Sam Lead\",\"Ola, Lead\"]");
        when(row.getRisk()).thenReturn("high");
        when(ao.find(eq(LeadsToldEntity.class), argThat((Query query) -> "CASE_KEY = ?".equals(query.getWhereClause())
                && "SG-1".equals(query.getWhereParams()[0]) && "ID DESC".equals(query.getOrderClause())
                && query.getLimit() == 1))).thenReturn(new LeadsToldEntity[] {row});

        assertThat(told.latest("SG-1"), is(Optional.of(TOLD)));
    }

    @Test
    public void first_shouldReadTheCasesOldestTellingWhichIsTheRaise() {
        when(row.getAlert()).thenReturn("concern-raised");
        when(row.getToldAt()).thenReturn("2026-12-01T14:02:00Z");
        when(row.getLeads()).thenReturn("[]");
        when(row.getRisk()).thenReturn("medium");
        when(ao.find(eq(LeadsToldEntity.class), argThat((Query query) -> "SG-1".equals(query.getWhereParams()[0])
                && "ID ASC".equals(query.getOrderClause()) && query.getLimit() == 1)))
                .thenReturn(new LeadsToldEntity[] {row});

        assertThat(told.first("SG-1"), is(Optional.of(new LeadsTold(LeadAlert.CONCERN_RAISED,
                Instant.parse("2026-12-01T14:02:00Z"), List.of(), Optional.of(RiskLevel.MEDIUM)))));
    }

    @Test
    public void first_shouldHaveNoRiskForATellingRecordedBeforeTheAppKeptIt() {
        when(row.getAlert()).thenReturn("concern-raised");
        when(row.getToldAt()).thenReturn("2026-12-01T14:02:00Z");
        when(row.getLeads()).thenReturn("[]");
        when(ao.find(eq(LeadsToldEntity.class), any(Query.class))).thenReturn(new LeadsToldEntity[] {row});

        assertThat(told.first("SG-1").flatMap(LeadsTold::risk), is(Optional.empty()));
    }

    @Test
    public void latest_shouldSayNobodyWasToldWhenNoLeadWasReached() {
        when(row.getAlert()).thenReturn("immediate-danger");
        when(row.getToldAt()).thenReturn("2026-12-01T14:02:00Z");
        when(row.getLeads()).thenReturn("[]");
        when(ao.find(eq(LeadsToldEntity.class), any(Query.class))).thenReturn(new LeadsToldEntity[] {row});

        assertThat(told.latest("SG-1").map(LeadsTold::leads), is(Optional.of(List.of())));
    }

    @Test
    public void latest_shouldBeEmptyForACaseNeverToldOrARecordNotInTheAppsFormat() {
        when(ao.find(eq(LeadsToldEntity.class), any(Query.class))).thenReturn(new LeadsToldEntity[0]);
        assertThat(told.latest("SG-2"), is(Optional.empty()));

        when(row.getAlert()).thenReturn("missing");
        when(row.getToldAt()).thenReturn("2026-12-01T14:02:00Z");
        when(row.getLeads()).thenReturn("Sam Lead");
        when(ao.find(eq(LeadsToldEntity.class), any(Query.class))).thenReturn(new LeadsToldEntity[] {row});
        assertThat(told.latest("SG-2"), is(Optional.empty()));
    }

    @Test
    public void latest_shouldBeEmptyRatherThanFailTheIssueViewWhenTheStoreCannotBeRead() {
        when(ao.find(eq(LeadsToldEntity.class), any(Query.class))).thenThrow(new NoSuchMethodError("ActiveObjects.find"));

        assertThat(told.latest("SG-1"), is(Optional.empty()));
    }
}
