package org.safeguarding.referral;

import java.time.Instant;

/**
 * One entry of a case's access log: who did what with which case, when. Entries are appended, never changed.
 *
 * @param caseKey the case's issue key at the time
 * @param userKey the Jira user key of whoever did it
 * @param detail  for a view or an export, an i18n key saying which page or export; for a workflow step, the
 *                transition's name; or null
 */
public record CaseAccess(String caseKey, String userKey, Instant at, AccessKind kind, String detail) {
    /** Whether the detail is an i18n key, rather than words to show as they are. */
    public boolean detailIsKey() {
        return detail != null && kind != AccessKind.TRANSITIONED;
    }
}
