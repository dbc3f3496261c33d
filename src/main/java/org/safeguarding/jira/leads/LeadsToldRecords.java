package org.safeguarding.jira.leads;

import java.util.Optional;
import org.safeguarding.referral.LeadsTold;

/**
 * When a case's safeguarding leads were told about it, for the people working on it to see that they know: a
 * record only the app writes, so nobody who may edit the case can rewrite it.
 */
public interface LeadsToldRecords {
    /**
     * @param caseKey the key of a case the current user may see (checked by the caller first)
     * @return the latest telling; empty when the leads were never told, or it cannot be read
     */
    Optional<LeadsTold> latest(String caseKey);

    /**
     * @param caseKey the key of a case the current user may see (checked by the caller first)
     * @return the first telling, which is the concern raised when the case came through the workflow's Create; empty
     *         when the leads were never told, or it cannot be read
     */
    Optional<LeadsTold> first(String caseKey);
}
