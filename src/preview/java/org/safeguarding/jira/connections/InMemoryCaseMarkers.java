package org.safeguarding.jira.connections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safeguarding.referral.Marker;

/** The markers kept in memory, for the preview host and the tests, numbered as a database would and matched alike. */
public final class InMemoryCaseMarkers implements CaseMarkers {
    private final List<Recorded> markers = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized List<Recorded> forCase(String caseKey) {
        return markers.stream().filter(marker -> marker.caseKey().equals(caseKey)).toList();
    }

    @Override
    public synchronized Recorded add(String caseKey, Marker marker, String recordedBy, Instant at) {
        Recorded recorded = new Recorded(++lastId, caseKey, marker, recordedBy, at);
        markers.add(recorded);
        return recorded;
    }

    @Override
    public synchronized List<Recorded> sameAs(long markerId) {
        return markers.stream().filter(recorded -> recorded.id() == markerId).findFirst()
                .map(marker -> markers.stream().filter(recorded -> recorded.marker().matchKey()
                        .equals(marker.marker().matchKey()))
                        .sorted(Comparator.comparingLong(Recorded::id).reversed()).toList())
                .orElse(List.of());
    }

    @Override
    public synchronized Set<String> otherCases(String caseKey, Marker marker) {
        Set<String> others = new TreeSet<>();
        markers.stream().filter(recorded -> !recorded.caseKey().equals(caseKey)
                && recorded.marker().matchKey().equals(marker.matchKey())).forEach(recorded ->
                others.add(recorded.caseKey()));
        return others;
    }

    @Override
    public synchronized Set<String> connectedCases(String caseKey) {
        Set<String> connected = new TreeSet<>();
        forCase(caseKey).forEach(recorded -> connected.addAll(otherCases(caseKey, recorded.marker())));
        return connected;
    }

    @Override
    public synchronized boolean remove(String caseKey, long id) {
        return markers.removeIf(marker -> marker.id() == id && marker.caseKey().equals(caseKey));
    }

    @Override
    public synchronized void removeCase(String caseKey) {
        markers.removeIf(marker -> marker.caseKey().equals(caseKey));
    }

    @Override
    public synchronized List<Connection> connections(long before, int most) {
        Map<String, List<Recorded>> byKey = markers.stream().collect(Collectors.groupingBy(
                recorded -> recorded.marker().matchKey()));
        return byKey.values().stream()
                .map(same -> new Connection(same.stream().mapToLong(Recorded::id).max().orElseThrow(),
                        same.stream().sorted(Comparator.comparingLong(Recorded::id).reversed()).toList()))
                .filter(connection -> connection.cases().size() >= 2 && connection.newest() < before)
                .sorted(Comparator.comparingLong(Connection::newest).reversed())
                .limit(most).toList();
    }
}
