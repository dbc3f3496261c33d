package org.safeguarding.jira.sharing;

import java.time.Instant;
import java.util.List;
import org.safeguarding.referral.AgencyShare;

/**
 * Each case's agency and sharing log: appended to and read whole, oldest first; nothing edits or deletes an entry.
 * Anonymising the case is the one change: it removes what the entries say about the person.
 */
public interface AgencyLog {
    List<AgencyShare.Recorded> forCase(String caseKey);

    AgencyShare.Recorded append(String caseKey, String recordedBy, Instant at, AgencyShare share);

    /** Replaces what each of the case's entries says about the person with the marker ({@link AgencyShare#anonymised}). */
    void anonymise(String caseKey, String marker);
}
