package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What a case records about its referrals: the routes taken so far, when the first referral was made, when to review
 * keeping the record, and the reference the referral was given (the NRM's or another agency's).
 */
public record ReferralRecord(Set<Route> routes, Optional<LocalDate> referredOn, Optional<LocalDate> retentionReview,
                             Optional<String> reference) {
    /** A case not referred anywhere yet. */
    public static final ReferralRecord NONE = new ReferralRecord(Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public ReferralRecord {
        routes = Set.copyOf(routes);
    }
}
