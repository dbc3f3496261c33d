package org.safeguarding.jira.connections;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.referral.Marker;

/** The markers leads record on cases, and the other cases each is found on. */
public interface CaseMarkers {
    /** A marker as recorded: on which case, by whom and when. */
    record Recorded(long id, String caseKey, Marker marker, String recordedBy, Instant recordedAt) {
    }

    /** A marker on two or more cases: the number of its newest recording, and every recording of it, newest first. */
    record Connection(long newest, List<Recorded> recorded) {
        public Connection {
            recorded = List.copyOf(recorded);
        }

        /** The cases it is on, in key order. */
        public Set<String> cases() {
            return recorded.stream().map(Recorded::caseKey).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A marker's number as an address gives it: digits that fit a long, never a sign or a space; empty otherwise. */
    static Optional<Long> number(String given) {
        return given != null && given.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(given)) : Optional.empty();
    }

    /**
     * Of these recordings, those on cases the current user leads: what a lead may be shown of a marker, never another
     * lead's case or words. Each case is asked about once, however many recordings it has.
     */
    static List<Recorded> onCasesLed(List<Recorded> recorded, CaseLeads leads) {
        Set<String> led = recorded.stream().map(Recorded::caseKey).distinct().filter(leads::leads)
                .collect(Collectors.toSet());
        return recorded.stream().filter(one -> led.contains(one.caseKey())).toList();
    }

    /** The case's markers, oldest first. */
    List<Recorded> forCase(String caseKey);

    Recorded add(String caseKey, Marker marker, String recordedBy, Instant at);

    /** Every recording with the same fingerprint as the marker numbered so, newest first; empty when there is none. */
    List<Recorded> sameAs(long markerId);

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

    /**
     * Markers on two or more cases, newest first: at most {@code most} of those whose newest recording is numbered
     * below {@code before} ({@link Long#MAX_VALUE} for the newest), so each page starts where the last ended.
     */
    List<Connection> connections(long before, int most);
}
