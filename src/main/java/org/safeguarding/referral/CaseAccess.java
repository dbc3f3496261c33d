package org.safeguarding.referral;

import java.time.Instant;

/**
 * One entry of a case's access log: who did what with which case, when. Entries are appended, never changed.
 *
 * @param caseKey the case's issue key at the time
 * @param userKey the Jira user key of whoever did it
 * @param detail  an i18n key saying what exactly (which page, which export), or null
 */
public record CaseAccess(String caseKey, String userKey, Instant at, AccessKind kind, String detail) {
}
