package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who of the staff is trained, and whose refresher is due: those never trained first, then overdue, then due within
 * {@value #DUE_SOON_DAYS} days, then up to date; each with their latest course and when the next is due. Without a
 * refresher period, training once counts for good.
 */
public record StaffTraining(List<Row> rows) {
    /** A refresher due within this many days is shown as due, so there is time to book it. */
    public static final int DUE_SOON_DAYS = 30;

    public StaffTraining {
        rows = List.copyOf(rows);
    }

    /** A course a member of staff completed on a day. */
    public record Trained(TrainingCourse course, LocalDate on) {
    }

    public enum Status {
        NEVER_TRAINED,
        OVERDUE,
        DUE_SOON,
        UP_TO_DATE;

        /** Whether a lead should act on it: book training, or a refresher. */
        public boolean due() {
            return this != UP_TO_DATE;
        }
    }

    /** One member of staff: their latest course (none if never trained) and when a refresher is due (none if never). */
    public record Row(StaffMember person, Status status, Optional<Trained> latest, Optional<LocalDate> dueOn) {
    }

    /**
     * @param records         each member's courses, by user key, in any order
     * @param refresherMonths how long a course counts; null when training once counts for good
     */
    public static StaffTraining of(List<StaffMember> staff, Map<String, List<Trained>> records,
                                   Integer refresherMonths, LocalDate today) {
        return new StaffTraining(staff.stream().map(person -> row(person, records.getOrDefault(person.key(),
                List.of()), refresherMonths, today)).sorted(Comparator.comparing(Row::status)
                .thenComparing(row -> row.person().name(), String.CASE_INSENSITIVE_ORDER)).toList());
    }

    private static Row row(StaffMember person, List<Trained> courses, Integer refresherMonths, LocalDate today) {
        Optional<Trained> latest = courses.stream().max(Comparator.comparing(Trained::on));
        if (latest.isEmpty()) {
            return new Row(person, Status.NEVER_TRAINED, latest, Optional.empty());
        }
        Optional<LocalDate> due = Optional.ofNullable(refresherMonths).map(months -> latest.get().on()
                .plusMonths(months));
        Status status = due.map(day -> day.isBefore(today) ? Status.OVERDUE
                : day.isBefore(today.plusDays(DUE_SOON_DAYS + 1L)) ? Status.DUE_SOON : Status.UP_TO_DATE)
                .orElse(Status.UP_TO_DATE);
        return new Row(person, status, latest, due);
    }

    public long upToDate() {
        return rows.stream().filter(row -> !row.status().due()).count();
    }

    /** Whole per cent of the staff whose training is up to date; none counted when there are no staff. */
    public Optional<Integer> percentUpToDate() {
        return rows.isEmpty() ? Optional.empty() : Optional.of((int) (upToDate() * 100 / rows.size()));
    }
}
