package org.safeguarding.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.safeguarding.jira.connections.AoCaseMarkers;
import org.safeguarding.jira.connections.CaseConnectionEntity;
import org.safeguarding.jira.connections.MarkerEntity;
import org.safeguarding.jira.connections.SharedMarkerEntity;
import org.safeguarding.preview.LocalLocks;
import org.safeguarding.upgrade.H2ActiveObjects;

/**
 * The markers table of a large organisation in a real database: five markers a case (20,000 cases for 100,000
 * markers), one of each case's (a workplace) shared with two other cases, the other four its own, and the connections
 * the app keeps with them, read through the app's own {@link AoCaseMarkers}.
 */
public final class MarkersAtScale {
    public static final int PER_CASE = 5;
    /** Cases share a workplace in threes: SG-1 to SG-3, SG-4 to SG-6, … */
    public static final int SHARING = 3;

    private final H2ActiveObjects ao;
    private final AoCaseMarkers markers;
    private final int cases;
    private int next;

    public MarkersAtScale(int markers) {
        cases = markers / PER_CASE;
        ao = new H2ActiveObjects(List.of(MarkerEntity.class, SharedMarkerEntity.class, CaseConnectionEntity.class));
        this.markers = new AoCaseMarkers(ao, new LocalLocks());
        try {
            load();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public H2ActiveObjects database() {
        return ao;
    }

    public AoCaseMarkers markers() {
        return markers;
    }

    /** A case view's look-up of the cases sharing a marker, a different case each time, so no answer is reused. */
    public Set<String> nextCaseView() {
        next = (next + 1) % cases;
        return markers.connectedCases(caseKey(next));
    }

    /** The key of the n-th case, from 0. */
    public static String caseKey(int n) {
        return "SG-" + (n + 1);
    }

    private void load() throws SQLException {
        try (PreparedStatement marker = ao.connection().prepareStatement("INSERT INTO CASE_MARKER (CASE_KEY, KIND, "
                + "SHOWN, NORMALISED, MATCH_KEY, RECORDED_BY, RECORDED_AT) VALUES (?, ?, ?, ?, ?, 'lead', "
                + "'2026-12-01T09:00:00Z')");
             PreparedStatement shared = ao.connection().prepareStatement("INSERT INTO SHARED_MARKER (MATCH_KEY, "
                     + "KIND, CASES, LATEST) VALUES (?, 'place', ?, ?)");
             PreparedStatement connection = ao.connection().prepareStatement("INSERT INTO CASE_CONNECTION "
                     + "(CASE_KEY, OTHER_CASE_KEY) VALUES (?, ?)")) {
            for (int n = 0; n < cases; n++) {
                String workplace = "car wash " + n / SHARING;
                add(marker, n, "place", workplace);
                for (int own = 1; own < PER_CASE; own++) {
                    add(marker, n, "phone", "+4477009" + String.format("%05d", n) + own);
                }
                int first = n - n % SHARING;
                for (int other = first; other < Math.min(first + SHARING, cases); other++) {
                    if (other != n) {
                        connection.setString(1, caseKey(n));
                        connection.setString(2, caseKey(other));
                        connection.addBatch();
                    }
                }
                if (n % SHARING == 0) {
                    shared.setString(1, matchKey("place", workplace));
                    shared.setInt(2, Math.min(SHARING, cases - n));
                    shared.setLong(3, (long) n * PER_CASE + 1);
                    shared.addBatch();
                }
                if (n % 1_000 == 999) {
                    marker.executeBatch();
                    shared.executeBatch();
                    connection.executeBatch();
                }
            }
            marker.executeBatch();
            shared.executeBatch();
            connection.executeBatch();
        }
    }

    private static void add(PreparedStatement marker, int n, String kind, String key) throws SQLException {
        marker.setString(1, caseKey(n));
        marker.setString(2, kind);
        marker.setString(3, key);
        marker.setString(4, key);
        marker.setString(5, matchKey(kind, key));
        marker.addBatch();
    }

    /** A fingerprint of 64 hex digits, as the app's match key is. */
    private static String matchKey(String kind, String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((kind + "\n" + key)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
