package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How long staff records are kept: while the person is staff (in the group of staff who raise concerns), and a period
 * after they left; UK GDPR's storage limitation (Art 5(1)(e)) asks no longer than needed. Someone who left is noted on
 * the first day they are seen gone; someone back is staff again; once the period after leaving has passed, their
 * records go. Without a period they are kept.
 *
 * @param forget  whose records to remove now
 * @param leftOn  the day each person with records was first seen gone, as it should now be kept
 */
public record StaffRecordsRetention(Set<String> forget, Map<String, LocalDate> leftOn) {
    public StaffRecordsRetention {
        forget = Set.copyOf(forget);
        leftOn = Map.copyOf(leftOn);
    }

    /**
     * @param withRecords   whose records are kept, by user key
     * @param staff         who is staff now
     * @param leftBefore    the day each was first seen gone, as noted before
     * @param monthsAfter   how many months after leaving records are kept; null to keep them
     */
    public static StaffRecordsRetention decide(Set<String> withRecords, Set<String> staff,
                                               Map<String, LocalDate> leftBefore, Integer monthsAfter,
                                               LocalDate today) {
        Set<String> forget = new TreeSet<>();
        Map<String, LocalDate> leftOn = new HashMap<>();
        for (String person : withRecords) {
            if (staff.contains(person)) {
                continue;
            }
            LocalDate left = Optional.ofNullable(leftBefore.get(person)).orElse(today);
            if (monthsAfter != null && !left.plusMonths(monthsAfter).isAfter(today)) {
                forget.add(person);
            } else {
                leftOn.put(person, left);
            }
        }
        return new StaffRecordsRetention(forget, leftOn);
    }
}
