package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A closed case as the retention report sees it: the day it closed and the retention review date recorded when it
 * did (null when the case was closed without one).
 */
public record ClosedCase(String caseKey, LocalDate closedOn, LocalDate reviewOn) {
    /**
     * When a decision on keeping the case is due: its retention review date, or the end of the organisation's
     * retention period after closing if that comes first; empty when neither is known.
     */
    public Optional<LocalDate> dueOn(Integer retentionYears) {
        return Stream.of(reviewOn, retentionYears == null ? null : closedOn.plusYears(retentionYears))
                .filter(day -> day != null).min(Comparator.naturalOrder());
    }

    public boolean isDue(Integer retentionYears, LocalDate today) {
        return dueOn(retentionYears).filter(due -> !due.isAfter(today)).isPresent();
    }
}
