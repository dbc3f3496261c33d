package org.safeguarding.jira.connections;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.safeguarding.referral.Marker;

/** The markers leads record on cases, and the other cases each is found on. */
public interface CaseMarkers {
    /** A marker as recorded: on which case, by whom and when. */
    record Recorded(long id, String caseKey, Marker marker, String recordedBy, Instant recordedAt) {
    }

    /** The case's markers, oldest first. */
    List<Recorded> forCase(String caseKey);

    Recorded add(String caseKey, Marker marker, String recordedBy, Instant at);

    /** The other cases with a marker of the same kind and key: one indexed look-up. */
    Set<String> otherCases(String caseKey, Marker marker);

    /** Every marker of the case gone, as when the case is anonymised. */
    void removeCase(String caseKey);
}
