package org.safeguarding.jira.connections;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.screening.Identified;

/**
 * The markers in Active Objects: created, read, and deleted with their case's anonymising; and beside them the
 * markers on two or more cases ({@link SharedMarkerEntity}), brought up to date in the same transaction. Every change
 * holds a cluster-wide lock, so two leads recording the same marker on two nodes at once are counted as two cases.
 */
@Named
public class AoCaseMarkers implements CaseMarkers {
    static final String WRITE_LOCK = "org.safeguarding.markers";

    private final ActiveObjects ao;
    private final ClusterLockService locks;

    @Inject
    public AoCaseMarkers(ActiveObjects ao, ClusterLockService locks) {
        this.ao = ao;
        this.locks = locks;
    }

    @Override
    public List<Recorded> forCase(String caseKey) {
        return Arrays.stream(rows(caseKey)).map(AoCaseMarkers::recorded).toList();
    }

    @Override
    public Recorded add(String caseKey, Marker marker, String recordedBy, Instant at) {
        return recorded(changing(() -> {
            MarkerEntity row = ao.create(MarkerEntity.class, Map.of("CASE_KEY", caseKey,
                    "KIND", marker.kind().id(), "SHOWN", marker.shown(), "NORMALISED", marker.key(),
                    "MATCH_KEY", marker.matchKey(), "RECORDED_BY", recordedBy, "RECORDED_AT", at.toString()));
            keepUpToDate(caseKey, new MarkerEntity[] {row});
            return row;
        }));
    }

    @Override
    public List<Recorded> sameAs(long markerId) {
        return Arrays.stream(ao.find(MarkerEntity.class, Query.select().where("ID = ?", markerId))).findFirst()
                .map(marker -> withKey(marker.getMatchKey())).orElse(List.of());
    }

    @Override
    public Set<String> otherCases(String caseKey, Marker marker) {
        return caseKeys(ao.find(MarkerEntity.class, Query.select().where("MATCH_KEY = ? AND CASE_KEY <> ?",
                marker.matchKey(), caseKey)));
    }

    /** One indexed look-up, however many markers the case has: the connections kept with them. */
    @Override
    public Set<String> connectedCases(String caseKey) {
        Set<String> others = new TreeSet<>();
        Arrays.stream(ao.find(CaseConnectionEntity.class, Query.select().where("CASE_KEY = ?", caseKey)))
                .forEach(connection -> others.add(connection.getOtherCaseKey()));
        return others;
    }

    /** The cases sharing a marker with the case, worked out from the markers: by case, then by their fingerprints. */
    private Set<String> sharingMarkersWith(String caseKey) {
        Object[] keys = Arrays.stream(rows(caseKey)).map(MarkerEntity::getMatchKey).distinct().toArray();
        if (keys.length == 0) {
            return Set.of();
        }
        Object[] parameters = Arrays.copyOf(keys, keys.length + 1);
        parameters[keys.length] = caseKey;
        return caseKeys(ao.find(MarkerEntity.class, Query.select().where("MATCH_KEY IN ("
                + String.join(", ", Collections.nCopies(keys.length, "?")) + ") AND CASE_KEY <> ?", parameters)));
    }

    @Override
    public boolean remove(String caseKey, long id) {
        return changing(() -> {
            MarkerEntity[] rows = ao.find(MarkerEntity.class, Query.select().where("ID = ? AND CASE_KEY = ?", id,
                    caseKey));
            ao.delete(rows);
            keepUpToDate(caseKey, rows);
            return rows.length > 0;
        });
    }

    @Override
    public void removeCase(String caseKey) {
        changing(() -> {
            MarkerEntity[] rows = rows(caseKey);
            ao.delete(rows);
            keepUpToDate(caseKey, rows);
            return null;
        });
    }

    @Override
    public List<Connection> connections(long before, int most) {
        return Arrays.stream(ao.find(SharedMarkerEntity.class, Query.select().where("LATEST < ?", before)
                        .order("LATEST DESC").limit(most)))
                .map(shared -> new Connection(shared.getLatest(), withKey(shared.getMatchKey())))
                .toList();
    }

    /** Every recording with the fingerprint, newest first. */
    private List<Recorded> withKey(String matchKey) {
        return Arrays.stream(ao.find(MarkerEntity.class, Query.select().where("MATCH_KEY = ?", matchKey)
                .order("ID DESC"))).map(AoCaseMarkers::recorded).toList();
    }

    /** The change and the shared markers it touches in one transaction, one node at a time. */
    private <T> T changing(Supplier<T> change) {
        ClusterLock lock = locks.getLockForName(WRITE_LOCK);
        lock.lock();
        try {
            return ao.executeInTransaction(change::get);
        } finally {
            lock.unlock();
        }
    }

    /**
     * What is kept beside the markers, after the case's markers changed (recorded or removed): each changed
     * fingerprint's shared marker, and the connections of the case and of every case that holds one of them, the
     * only cases that can have gained or lost one.
     */
    private void keepUpToDate(String caseKey, MarkerEntity[] changed) {
        Set<String> cases = new TreeSet<>(Set.of(caseKey));
        Arrays.stream(changed).map(MarkerEntity::getMatchKey).distinct()
                .forEach(matchKey -> cases.addAll(share(matchKey)));
        cases.forEach(this::connect);
    }

    /**
     * Counts the cases the marker is on now: kept as shared while on two or more, forgotten otherwise.
     *
     * @return the cases it is on now
     */
    private Set<String> share(String matchKey) {
        MarkerEntity[] rows = ao.find(MarkerEntity.class, Query.select().where("MATCH_KEY = ?", matchKey));
        Set<String> holding = caseKeys(rows);
        int cases = holding.size();
        SharedMarkerEntity[] shared = ao.find(SharedMarkerEntity.class, Query.select().where("MATCH_KEY = ?",
                matchKey));
        if (cases < 2) {
            ao.delete(shared);
            return holding;
        }
        long latest = Arrays.stream(rows).mapToLong(MarkerEntity::getID).max().orElseThrow();
        if (shared.length == 0) {
            ao.create(SharedMarkerEntity.class, Map.of("MATCH_KEY", matchKey, "KIND", rows[0].getKind(),
                    "CASES", cases, "LATEST", latest));
            return holding;
        }
        shared[0].setCases(cases);
        shared[0].setLatest(latest);
        shared[0].save();
        return holding;
    }

    /** The case's connections worked out again from its markers. */
    private void connect(String caseKey) {
        ao.delete(ao.find(CaseConnectionEntity.class, Query.select().where("CASE_KEY = ?", caseKey)));
        for (String other : sharingMarkersWith(caseKey)) {
            ao.create(CaseConnectionEntity.class, Map.of("CASE_KEY", caseKey, "OTHER_CASE_KEY", other));
        }
    }

    private MarkerEntity[] rows(String caseKey) {
        return ao.find(MarkerEntity.class, Query.select().where("CASE_KEY = ?", caseKey).order("ID"));
    }

    private static Set<String> caseKeys(MarkerEntity[] rows) {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(rows).forEach(row -> keys.add(row.getCaseKey()));
        return keys;
    }

    /** A stored marker read back as it was recorded, whatever a later version's rules would make of its words. */
    private static Recorded recorded(MarkerEntity row) {
        return new Recorded(row.getID(), row.getCaseKey(), new Marker(Identified.byId(MarkerKind.class, row.getKind())
                .orElseThrow(), row.getShown(), row.getNormalised()), row.getRecordedBy(),
                Instant.parse(row.getRecordedAt()));
    }
}
