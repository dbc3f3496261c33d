package org.safeguarding.jira.cases;

import java.util.Optional;

/** The whole record of a case, for its safeguarding leads only: a subject-access request is theirs to answer. */
public interface CaseRecords {
    /** The case's record when the current user may browse it and leads it; empty otherwise. */
    Optional<CaseRecord> forLead(String issueKey);
}
