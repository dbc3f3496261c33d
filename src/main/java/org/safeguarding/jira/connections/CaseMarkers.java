package org.safeguarding.jira.connections;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.safeguarding.jira.cases.CaseLeads;
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

    /**
     * The other cases with any of this case's markers: for a case view, one indexed look-up by case, and a second by
     * fingerprint only when the case has markers.
     */
    Set<String> connectedCases(String caseKey);

    /** The other cases connected to this one by a marker that the current user leads, in key order. */
    default List<String> connectedCasesLed(String caseKey, CaseLeads leads) {
        return connectedCases(caseKey).stream().filter(leads::leads).toList();
    }

    /** The other cases with the marker that the current user leads: the only ones a lead is ever told of. */
    default List<String> alsoOn(Recorded recorded, CaseLeads leads) {
        return otherCases(recorded.caseKey(), recorded.marker()).stream().filter(leads::leads).toList();
    }

    /**
     * The marker gone from the case, as when a lead recorded it by mistake.
     *
     * @return false when the case has no marker with that id, and nothing changed
     */
    boolean remove(String caseKey, long id);

    /** Every marker of the case gone, as when the case is anonymised. */
    void removeCase(String caseKey);
}
