package org.safeguarding.jira.web;

import java.util.List;

/** The names of a case's safeguarding leads, for the people working on it to know whom to turn to. */
public interface CaseLeadNames {
    /**
     * @param caseKey the key of a case the current user may see (checked by the caller first)
     * @return the leads' names, in order; none while the organisation names no lead group or role
     */
    List<String> of(String caseKey);
}
