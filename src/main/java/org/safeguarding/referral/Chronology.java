package org.safeguarding.referral;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.safeguarding.screening.Identified;

/**
 * A case's chronology for its lead and for multi-agency meetings: what happened and when, oldest first, from every
 * record the case keeps (its workflow steps with who took them, its comments, its shares with other agencies, the
 * days its referral set, when the person was last seen). Something known only to the day comes before anything at a
 * time that day; entries at the same moment keep the order of {@link Kind}, then the order given.
 */
public record Chronology(List<Entry> entries) {
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::when)
            .thenComparing(entry -> !entry.dayOnly()).thenComparing(Entry::kind);

    public Chronology {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /** What kind of record an entry comes from. */
    public enum Kind implements Identified {
        STEP("step"),
        DAY("day"),
        LAST_SEEN("last-seen"),
        SHARED("shared"),
        COMMENT("comment");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "safeguarding.chronology.kind." + id;
        }
    }

    /**
     * One thing that happened.
     *
     * @param dayOnly whether only the day is known ({@code when} is then its start)
     * @param who     who did it or recorded it, "" when nobody did (a day the workflow set)
     * @param what    what happened, in words
     */
    public record Entry(LocalDateTime when, boolean dayOnly, Kind kind, String who, String what) {
    }
}
