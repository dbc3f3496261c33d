package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What a case records about its referrals: the routes taken so far, when the NRM referral was made, and when to
 * review keeping the record.
 */
public record ReferralRecord(Set<Route> routes, Optional<LocalDate> referredOn, Optional<LocalDate> retentionReview) {
    public ReferralRecord {
        routes = Set.copyOf(routes);
    }
}
