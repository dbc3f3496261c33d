package org.safeguarding.referral;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.safeguarding.screening.Identified;

/**
 * A case's chronology for its lead and for multi-agency meetings: what happened and when, oldest first, from every
 * record the case keeps (its workflow steps with who took them, its comments, its shares with other agencies, the
 * days its referral set, when the person was last seen), and apart from it what is coming up (a decision due, the next
 * review). Something known only to the day comes after everything at a time that day, so it never seems to come before
 * the concern it followed; entries at the same moment keep the order of {@link Kind}, then the order given.
 *
 * @param happened what happened, up to now, oldest first
 * @param comingUp the days still ahead, soonest first
 */
public record Chronology(List<Entry> happened, List<Entry> comingUp) {
    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry entry) -> entry.when().toLocalDate())
            .thenComparing(Entry::dayOnly).thenComparing(Entry::when).thenComparing(Entry::kind);

    public Chronology {
        happened = List.copyOf(happened);
        comingUp = List.copyOf(comingUp);
    }

    /** The entries in order, split at now: a day-only entry is coming up from the day after today. */
    public static Chronology of(List<Entry> entries, LocalDateTime now) {
        List<Entry> ordered = entries.stream().sorted(ORDER).toList();
        return new Chronology(ordered.stream().filter(entry -> !ahead(entry, now)).toList(),
                ordered.stream().filter(entry -> ahead(entry, now)).toList());
    }

    private static boolean ahead(Entry entry, LocalDateTime now) {
        return entry.dayOnly() ? entry.when().toLocalDate().isAfter(now.toLocalDate()) : entry.when().isAfter(now);
    }

    /** What kind of record an entry comes from. */
    public enum Kind implements Identified {
        STEP("step"),
        DAY("day"),
        LAST_SEEN("last-seen"),
        SHARED("shared"),
        COMMENT("comment");

        private final String id;
        private final String labelKey;

        Kind(String id) {
            this.id = id;
            this.labelKey = "safeguarding.chronology.kind." + id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return labelKey;
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
