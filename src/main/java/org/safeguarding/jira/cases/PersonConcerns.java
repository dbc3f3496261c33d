package org.safeguarding.jira.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.ReferralStep;

/**
 * The other concerns about the same person, found by the organisation's own number for them (the person reference),
 * among the cases the current user may browse: someone who may not see a case learns nothing of it, not even that it
 * exists.
 */
public interface PersonConcerns {
    /** The most listed on a case; the search stops there. */
    int MOST = 10;

    /**
     * @param caseKey   the case being looked at, never among the others
     * @param reference its person reference
     * @return the others, newest first, at most {@link #MOST}; empty for a reference that is not a valid one
     */
    List<Other> others(String caseKey, String reference);

    /** Another concern about the person: its key, where it is in the workflow, and the day it was raised. */
    record Other(String key, Optional<ReferralStep> step, LocalDate raised) {
    }
}
