package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who of the staff has read the current version of the safeguarding plan, as the guidance asks that everyone knows the
 * plan: those who have not read it first, each with when they last read an earlier version (or never), then those who
 * have, with when. A version is the plan's text: a changed plan is a new version, and asks everyone again.
 */
public record PlanReadership(List<Row> rows) {
    public PlanReadership {
        rows = List.copyOf(rows);
    }

    /** A member of staff said they had read this version of the plan on this day. */
    public record Read(String version, LocalDate on) {
    }

    public enum Status {
        NOT_READ,
        READ_EARLIER_VERSION,
        READ
    }

    /** One member of staff: their status, and the day of the read it rests on (none when they never read it). */
    public record Row(StaffMember person, Status status, Optional<LocalDate> readOn) {
    }

    /**
     * @param currentVersion the version everyone should have read
     * @param staff          whom the organisation counts as staff who raise concerns
     * @param reads          each member's reads, by user key, in any order
     */
    public static PlanReadership of(String currentVersion, List<StaffMember> staff, Map<String, List<Read>> reads) {
        return new PlanReadership(staff.stream().map(person -> row(person, currentVersion,
                reads.getOrDefault(person.key(), List.of()))).sorted(Comparator.comparing(Row::status)
                .thenComparing(row -> row.person().name(), String.CASE_INSENSITIVE_ORDER)).toList());
    }

    private static Row row(StaffMember person, String currentVersion, List<Read> reads) {
        Optional<LocalDate> current = reads.stream().filter(read -> read.version().equals(currentVersion))
                .map(Read::on).min(Comparator.naturalOrder());
        if (current.isPresent()) {
            return new Row(person, Status.READ, current);
        }
        Optional<LocalDate> earlier = reads.stream().map(Read::on).max(Comparator.naturalOrder());
        return new Row(person, earlier.isPresent() ? Status.READ_EARLIER_VERSION : Status.NOT_READ, earlier);
    }

    public long readCurrent() {
        return rows.stream().filter(row -> row.status() == Status.READ).count();
    }

    /** Whole per cent of the staff who have read the current version; none counted when there are no staff. */
    public Optional<Integer> percentRead() {
        return rows.isEmpty() ? Optional.empty() : Optional.of((int) (readCurrent() * 100 / rows.size()));
    }
}
