package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a case is on the referral pathway: its workflow status, and the dates the workflow set on the way.
 *
 * @param step  the case's status
 * @param dates the dates the workflow set so far
 */
public record CaseProgress(ReferralStep step, Dates dates) {
    /**
     * @param reasonableGroundsDue when the reasonable-grounds decision is due (set by Refer)
     * @param recoverySupportDate  the recovery support date a positive reasonable-grounds decision sets
     * @param retentionReview      when to review keeping the closed record (set by Close)
     */
    public record Dates(Optional<LocalDate> reasonableGroundsDue, Optional<LocalDate> recoverySupportDate,
                        Optional<LocalDate> retentionReview) {
        public static final Dates NONE = new Dates(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
