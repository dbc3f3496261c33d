package org.safeguarding.jira.leads;

import java.util.List;
import java.util.Optional;

/** The names of a case's safeguarding leads, for the people working on it to know whom to turn to. */
public interface CaseLeadNames {
    /**
     * @param caseKey the key of a case the current user may see (checked by the caller first)
     * @return the leads' names, in order; none while the organisation names no lead group or role; empty when Jira
     *         could not say who they are (a look-up failed, or this Jira lacks part of its API)
     */
    Optional<List<String>> of(String caseKey);
}
