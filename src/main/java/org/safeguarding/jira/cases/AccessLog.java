package org.safeguarding.jira.cases;

import java.util.List;
import java.util.function.Consumer;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/**
 * The append-only log of who viewed or exported each safeguarding case: Active Objects in Jira, memory in the
 * preview host. There is no way to change or delete an entry.
 */
public interface AccessLog {
    void append(CaseAccess access);

    /** The case's latest entries, newest first. */
    List<CaseAccess> latest(String caseKey, int limit);

    /** The case's entries of one kind, oldest first: its workflow steps, for its chronology. */
    List<CaseAccess> ofKind(String caseKey, AccessKind kind);

    /** Every entry of every case, oldest first, for the admins' export. */
    void forEach(Consumer<CaseAccess> each);
}
