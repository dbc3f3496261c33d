package org.safeguarding.jira.connections;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.upgrade.InMemoryActiveObjects;

/** The markers over an in-memory Active Objects that reads each query as a database would, and refuses others. */
public class AoCaseMarkersTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Marker PHONE = new Marker(MarkerKind.PHONE, "07700 900123", "+447700900123");
    private static final Marker CAR_WASH = new Marker(MarkerKind.PLACE, "Sparkle Car Wash, M1 1AE",
            "sparkle car wash M11AE");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ClusterLockService locks;
    @Mock
    private ClusterLock lock;

    private final InMemoryActiveObjects ao = spy(new InMemoryActiveObjects());
    private AoCaseMarkers markers;

    @Before
    public void setUp() {
        when(locks.getLockForName(AoCaseMarkers.WRITE_LOCK)).thenReturn(lock);
        markers = new AoCaseMarkers(ao, locks);
    }

    @Test
    public void add_shouldStoreTheWordsTheKeyAndItsFingerprintAndReadThemBack() {
        CaseMarkers.Recorded recorded = markers.add("SG-1", PHONE, "lead", NINE);

        assertThat(recorded, is(new CaseMarkers.Recorded(1, "SG-1", PHONE, "lead", NINE)));
        assertThat(markers.forCase("SG-1"), contains(recorded));
        assertThat(markers.forCase("SG-2"), is(empty()));
        assertThat(PHONE.matchKey().length(), is(64));
    }

    /** Every change holds the cluster-wide lock around its transaction, and lets it go. */
    @Test
    public void everyChange_shouldHoldTheMarkersLockAroundItsTransaction() {
        markers.add("SG-1", PHONE, "lead", NINE);
        markers.remove("SG-1", 1);
        markers.removeCase("SG-1");

        InOrder order = inOrder(lock, ao);
        for (int change = 0; change < 3; change++) {
            order.verify(lock).lock();
            order.verify(ao).executeInTransaction(any());
            order.verify(lock).unlock();
        }
    }

    @Test
    public void otherCases_shouldBeTheCasesWithTheSameFingerprintOnly() {
        markers.add("SG-1", PHONE, "lead", NINE);
        markers.add("SG-2", PHONE, "lead", NINE);
        markers.add("SG-2", PHONE, "lead", NINE);
        markers.add("SG-3", CAR_WASH, "lead", NINE);

        assertThat(markers.otherCases("SG-1", PHONE), is(Set.of("SG-2")));
        assertThat(markers.otherCases("SG-3", CAR_WASH), is(Set.of()));
    }

    /** One look-up by case, however many markers it has: the connections kept with the markers (issue 34). */
    @Test
    public void connectedCases_shouldAskOneLookUpByCaseWhateverItsMarkers() {
        markers.add("SG-1", PHONE, "lead", NINE);
        markers.add("SG-1", CAR_WASH, "lead", NINE);
        markers.add("SG-2", CAR_WASH, "lead", NINE);
        markers.add("SG-3", PHONE, "lead", NINE);
        markers.add("SG-4", new Marker(MarkerKind.NAME, "Ali", "ali"), "lead", NINE);
        clearInvocations(ao);

        assertThat(markers.connectedCases("SG-1"), contains("SG-2", "SG-3"));
        verify(ao, times(1)).find(any(), any(Query.class));
        clearInvocations(ao);
        assertThat(markers.connectedCases("SG-9"), is(Set.of()));
        verify(ao, times(1)).find(any(), any(Query.class));
    }

    /** Recording a marker reads the markers with its fingerprint once, for the shared marker and the connections. */
    @Test
    public void add_shouldReadTheMarkersWithItsFingerprintOnce() {
        markers.add("SG-1", PHONE, "lead", NINE);
        markers.add("SG-2", PHONE, "lead", NINE);
        clearInvocations(ao);

        markers.add("SG-3", PHONE, "lead", NINE);

        ArgumentCaptor<Query> asked = ArgumentCaptor.forClass(Query.class);
        verify(ao, atLeastOnce()).find(eq(MarkerEntity.class), asked.capture());
        assertThat(asked.getAllValues().stream().filter(query -> query.getWhereClause().equals("MATCH_KEY = ?"))
                .count(), is(1L));
        assertThat(markers.connectedCases("SG-1"), contains("SG-2", "SG-3"));
    }

    /** The connections say what the markers say after every change: recorded, removed, the case anonymised. */
    @Test
    public void connectedCases_shouldFollowEveryChangeToTheMarkers() {
        CaseMarkers.Recorded phone = markers.add("SG-1", PHONE, "lead", NINE);
        markers.add("SG-1", CAR_WASH, "lead", NINE);
        markers.add("SG-2", CAR_WASH, "lead", NINE);
        markers.add("SG-3", PHONE, "lead", NINE);
        assertThat(markers.connectedCases("SG-3"), contains("SG-1"));
        assertThat(markers.connectedCases("SG-2"), contains("SG-1"));

        markers.remove("SG-1", phone.id());
        assertThat(markers.connectedCases("SG-1"), contains("SG-2"));
        assertThat(markers.connectedCases("SG-3"), is(empty()));

        markers.removeCase("SG-1");
        assertThat(markers.connectedCases("SG-1"), is(empty()));
        assertThat(markers.connectedCases("SG-2"), is(empty()));
        assertThat(ao.count(CaseConnectionEntity.class), is(0));
    }

    /** By its number and its case together: a number from another case's page removes nothing. */
    @Test
    public void remove_shouldDeleteTheCasesMarkerWithThatNumberOnly() {
        CaseMarkers.Recorded mistaken = markers.add("SG-1", PHONE, "lead", NINE);
        CaseMarkers.Recorded kept = markers.add("SG-1", CAR_WASH, "lead", NINE);

        assertThat(markers.remove("SG-2", mistaken.id()), is(false));
        assertThat(markers.remove("SG-1", mistaken.id()), is(true));
        assertThat(markers.remove("SG-1", mistaken.id()), is(false));

        assertThat(markers.forCase("SG-1"), contains(kept));
    }

    @Test
    public void removeCase_shouldDeleteEveryMarkerOfTheCaseAndNoOther() {
        markers.add("SG-1", PHONE, "lead", NINE);
        markers.add("SG-1", CAR_WASH, "lead", NINE);
        CaseMarkers.Recorded other = markers.add("SG-2", PHONE, "lead", NINE);

        markers.removeCase("SG-1");

        assertThat(markers.forCase("SG-1"), is(empty()));
        assertThat(markers.forCase("SG-2"), contains(other));
    }

    /**
     * A marker is a connection from its second case on, newest first, and stops being one when a case's marker goes:
     * removed by mistake or anonymised.
     */
    @Test
    public void connections_shouldBeTheMarkersOnTwoOrMoreCasesNewestFirst() {
        markers.add("SG-1", CAR_WASH, "lead", NINE);
        markers.add("SG-1", PHONE, "lead", NINE);
        assertThat(markers.connections(Long.MAX_VALUE, 10), is(empty()));
        markers.add("SG-2", CAR_WASH, "lead", NINE);
        CaseMarkers.Recorded phoneOnSg3 = markers.add("SG-3", PHONE, "lead", NINE);
        markers.add("SG-1", CAR_WASH, "lead", NINE);

        List<CaseMarkers.Connection> connections = markers.connections(Long.MAX_VALUE, 10);

        assertThat(connections.stream().map(CaseMarkers.Connection::newest).toList(), contains(5L, 4L));
        assertThat(connections.get(0).cases(), contains("SG-1", "SG-2"));
        assertThat(connections.get(0).recorded().stream().map(CaseMarkers.Recorded::id).toList(),
                contains(5L, 3L, 1L));
        assertThat(connections.get(1).cases(), contains("SG-1", "SG-3"));

        markers.remove("SG-3", phoneOnSg3.id());
        markers.removeCase("SG-2");
        assertThat(markers.connections(Long.MAX_VALUE, 10), is(empty()));
    }

    /** Each page starts below the last one's oldest, so a connection is never shown twice nor skipped. */
    @Test
    public void connections_shouldPageByTheNumberOfTheNewestRecording() {
        for (int i = 1; i <= 5; i++) {
            Marker name = new Marker(MarkerKind.NAME, "Boss " + i, "boss " + i);
            markers.add("SG-1", name, "lead", NINE);
            markers.add("SG-2", name, "lead", NINE);
        }

        List<CaseMarkers.Connection> first = markers.connections(Long.MAX_VALUE, 2);
        List<CaseMarkers.Connection> second = markers.connections(first.get(1).newest(), 2);
        List<CaseMarkers.Connection> last = markers.connections(second.get(1).newest(), 2);

        assertThat(first.stream().map(CaseMarkers.Connection::newest).toList(), contains(10L, 8L));
        assertThat(second.stream().map(CaseMarkers.Connection::newest).toList(), contains(6L, 4L));
        assertThat(last.stream().map(CaseMarkers.Connection::newest).toList(), contains(2L));
    }
}
