package org.safeguarding.jira.connections;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.screening.Identified;

/** The markers in Active Objects: created, read, and deleted with their case's anonymising. */
@Named
public class AoCaseMarkers implements CaseMarkers {
    private final ActiveObjects ao;

    @Inject
    public AoCaseMarkers(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Recorded> forCase(String caseKey) {
        return Arrays.stream(rows(caseKey)).map(AoCaseMarkers::recorded).toList();
    }

    @Override
    public Recorded add(String caseKey, Marker marker, String recordedBy, Instant at) {
        return recorded(ao.executeInTransaction(() -> ao.create(MarkerEntity.class, Map.of("CASE_KEY", caseKey,
                "KIND", marker.kind().id(), "SHOWN", marker.shown(), "NORMALISED", marker.key(),
                "MATCH_KEY", marker.matchKey(),
                "RECORDED_BY", recordedBy, "RECORDED_AT", at.toString()))));
    }

    @Override
    public Set<String> otherCases(String caseKey, Marker marker) {
        return caseKeys(ao.find(MarkerEntity.class, Query.select().where("MATCH_KEY = ? AND CASE_KEY <> ?",
                marker.matchKey(), caseKey)));
    }

    private static Set<String> caseKeys(MarkerEntity[] rows) {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(rows).forEach(row -> keys.add(row.getCaseKey()));
        return keys;
    }

    @Override
    public Set<String> connectedCases(String caseKey) {
        Object[] keys = Arrays.stream(rows(caseKey)).map(MarkerEntity::getMatchKey).distinct().toArray();
        if (keys.length == 0) {
            return Set.of();
        }
        Object[] parameters = new Object[keys.length + 1];
        System.arraycopy(keys, 0, parameters, 0, keys.length);
        parameters[keys.length] = caseKey;
        return caseKeys(ao.find(MarkerEntity.class, Query.select().where("MATCH_KEY IN ("
                + String.join(", ", Collections.nCopies(keys.length, "?")) + ") AND CASE_KEY <> ?", parameters)));
    }

    @Override
    public boolean remove(String caseKey, long id) {
        return ao.executeInTransaction(() -> {
            MarkerEntity[] rows = ao.find(MarkerEntity.class, Query.select().where("ID = ? AND CASE_KEY = ?", id,
                    caseKey));
            ao.delete(rows);
            return rows.length > 0;
        });
    }

    @Override
    public void removeCase(String caseKey) {
        ao.executeInTransaction(() -> {
            ao.delete(rows(caseKey));
            return null;
        });
    }

    private MarkerEntity[] rows(String caseKey) {
        return ao.find(MarkerEntity.class, Query.select().where("CASE_KEY = ?", caseKey).order("ID"));
    }

    /** A stored marker read back as it was recorded, whatever a later version's rules would make of its words. */
    private static Recorded recorded(MarkerEntity row) {
        return new Recorded(row.getID(), row.getCaseKey(), new Marker(Identified.byId(MarkerKind.class, row.getKind())
                .orElseThrow(), row.getShown(), row.getNormalised()), row.getRecordedBy(),
                Instant.parse(row.getRecordedAt()));
    }
}
