package org.safeguarding.jira.connections;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;

public class AoCaseMarkersTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Marker PHONE = new Marker(MarkerKind.PHONE, "07700 900123", "+447700900123");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ActiveObjects ao;

    private AoCaseMarkers markers;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<Object>>getArgument(0)
                .doInTransaction());
        markers = new AoCaseMarkers(ao);
    }

    @Test
    public void add_shouldStoreTheWordsTheKeyAndItsFingerprint() {
        MarkerEntity row = row(7, "SG-1", PHONE);
        when(ao.create(eq(MarkerEntity.class), any(Map.class))).thenReturn(row);

        CaseMarkers.Recorded recorded = markers.add("SG-1", PHONE, "lead", NINE);

        verify(ao).create(MarkerEntity.class, Map.of("CASE_KEY", "SG-1", "KIND", "phone", "SHOWN", "07700 900123",
                "NORMALISED", "+447700900123", "MATCH_KEY", PHONE.matchKey(), "RECORDED_BY", "lead",
                "RECORDED_AT", "2026-12-01T09:00:00Z"));
        assertThat(recorded, is(new CaseMarkers.Recorded(7, "SG-1", PHONE, "lead", NINE)));
        assertThat(PHONE.matchKey().length(), is(64));
    }

    @Test
    public void forCase_shouldReadTheMarkersAsRecordedWhateverLaterRulesWouldMakeOfThem() {
        Marker asRecorded = new Marker(MarkerKind.VEHICLE, "white van", "WHITEVAN");
        MarkerEntity row = row(3, "SG-1", asRecorded);
        when(ao.find(eq(MarkerEntity.class), any(Query.class))).thenReturn(new MarkerEntity[] {row});

        assertThat(markers.forCase("SG-1"), contains(new CaseMarkers.Recorded(3, "SG-1", asRecorded, "lead", NINE)));
        verify(ao).find(eq(MarkerEntity.class), argThat((Query query) -> query.getWhereClause()
                .equals("CASE_KEY = ?") && query.getWhereParams()[0].equals("SG-1")));
    }

    @Test
    public void otherCases_shouldAskByTheFingerprintForOtherCasesOnly() {
        MarkerEntity sg2 = row(4, "SG-2", PHONE);
        MarkerEntity alsoSg2 = row(5, "SG-2", PHONE);
        when(ao.find(eq(MarkerEntity.class), any(Query.class))).thenReturn(new MarkerEntity[] {sg2, alsoSg2});

        assertThat(markers.otherCases("SG-1", PHONE), is(Set.of("SG-2")));
        verify(ao).find(eq(MarkerEntity.class), argThat((Query query) -> query.getWhereClause()
                .equals("MATCH_KEY = ? AND CASE_KEY <> ?") && query.getWhereParams()[0].equals(PHONE.matchKey())
                && query.getWhereParams()[1].equals("SG-1")));
    }

    @Test
    public void removeCase_shouldDeleteEveryMarkerOfTheCase() {
        MarkerEntity first = row(1, "SG-1", PHONE);
        MarkerEntity second = row(2, "SG-1", PHONE);
        when(ao.find(eq(MarkerEntity.class), any(Query.class))).thenReturn(new MarkerEntity[] {first, second});

        markers.removeCase("SG-1");

        verify(ao).delete(first, second);
    }

    /** A case without markers costs one look-up by case; one with markers a second, by their fingerprints at once. */
    @Test
    public void connectedCases_shouldAskByCaseThenByEveryFingerprintOfItsMarkersAtOnce() {
        Marker name = new Marker(MarkerKind.NAME, "Ali", "ali");
        MarkerEntity[] onSg1 = {row(1, "SG-1", PHONE), row(2, "SG-1", name), row(3, "SG-1", PHONE)};
        MarkerEntity[] onOthers = {row(4, "SG-3", PHONE), row(5, "SG-2", name)};
        when(ao.find(eq(MarkerEntity.class), any(Query.class))).thenReturn(onSg1, onOthers, new MarkerEntity[0]);

        assertThat(markers.connectedCases("SG-1"), contains("SG-2", "SG-3"));
        assertThat(markers.connectedCases("SG-4"), is(Set.of()));

        verify(ao).find(eq(MarkerEntity.class), argThat((Query query) -> query.getWhereClause()
                .equals("MATCH_KEY IN (?, ?) AND CASE_KEY <> ?") && List.of(query.getWhereParams()).equals(
                List.of(PHONE.matchKey(), name.matchKey(), "SG-1"))));
        verify(ao, times(3)).find(eq(MarkerEntity.class), any(Query.class));
    }

    /** By its number and its case together: a number from another case's page removes nothing. */
    @Test
    public void remove_shouldDeleteTheCasesMarkerWithThatNumberOnly() {
        MarkerEntity row = row(7, "SG-1", PHONE);
        when(ao.find(eq(MarkerEntity.class), any(Query.class))).thenReturn(new MarkerEntity[] {row},
                new MarkerEntity[0]);

        assertThat(markers.remove("SG-1", 7), is(true));
        assertThat(markers.remove("SG-2", 7), is(false));

        verify(ao).delete(row);
        verify(ao).find(eq(MarkerEntity.class), argThat((Query query) -> query.getWhereClause()
                .equals("ID = ? AND CASE_KEY = ?") && query.getWhereParams()[0].equals(7L)
                && query.getWhereParams()[1].equals("SG-2")));
    }

    private static MarkerEntity row(int id, String caseKey, Marker marker) {
        MarkerEntity row = mock(MarkerEntity.class);
        when(row.getID()).thenReturn(id);
        when(row.getCaseKey()).thenReturn(caseKey);
        when(row.getKind()).thenReturn(marker.kind().id());
        when(row.getShown()).thenReturn(marker.shown());
        when(row.getNormalised()).thenReturn(marker.key());
        when(row.getMatchKey()).thenReturn(marker.matchKey());
        when(row.getRecordedBy()).thenReturn("lead");
        when(row.getRecordedAt()).thenReturn(NINE.toString());
        return row;
    }
}
