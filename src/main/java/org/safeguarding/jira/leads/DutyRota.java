package org.safeguarding.jira.leads;

import java.time.Instant;
import java.util.Optional;

/**
 * Which safeguarding lead is on duty for a project: the one who last said so, from the panel beside any of its cases,
 * until they hand it back. New concerns in the project are assigned to them where the organisation chose that.
 */
public interface DutyRota {
    /**
     * @param caseKey the key of a case the current user may see (checked by the caller first)
     * @return the lead on duty for the case's project, if one is
     */
    Optional<Duty> forCase(String caseKey);

    /** The user goes on duty for the case's project, in place of whoever was (the caller checked they lead it). */
    void take(String caseKey, String userKey);

    /** The user is no longer on duty for the case's project; nothing changes when someone else is. */
    void handBack(String caseKey, String userKey);

    /** A lead on duty: who, by name as Jira shows it, and since when. */
    record Duty(String userKey, String name, Instant since) {
    }
}
