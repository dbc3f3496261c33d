package org.safeguarding.jira.cases;

import java.util.Optional;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.screening.Screening;

/**
 * The result of looking up a safeguarding case for the current user. "Not visible" covers both an issue that does
 * not exist and one the user may not browse, so that the answer never reveals whether a case exists.
 *
 * @param progress where the case is on the pathway, when its status is one of the app's workflow's
 * @param referral what the case records about its referrals
 */
public record CaseLookup(Status status, String key, Screening screening, Optional<CaseProgress> progress,
                         ReferralRecord referral) {
    /** What the lookup found. */
    public enum Status {
        NOT_VISIBLE,
        NOT_A_CASE,
        FOUND
    }

    public static CaseLookup notVisible() {
        return new CaseLookup(Status.NOT_VISIBLE, null, null, Optional.empty(), ReferralRecord.NONE);
    }

    public static CaseLookup notACase() {
        return new CaseLookup(Status.NOT_A_CASE, null, null, Optional.empty(), ReferralRecord.NONE);
    }

    /**
     * @param key the key of the issue Jira found, which is what is logged and shown: Jira also finds a moved issue
     *            by its old key, and any key typed in lower case
     */
    public static CaseLookup found(String key, Screening screening) {
        return found(key, screening, Optional.empty());
    }

    public static CaseLookup found(String key, Screening screening, Optional<CaseProgress> progress) {
        return found(key, screening, progress, ReferralRecord.NONE);
    }

    public static CaseLookup found(String key, Screening screening, Optional<CaseProgress> progress,
                                   ReferralRecord referral) {
        return new CaseLookup(Status.FOUND, key, screening, progress, referral);
    }
}
