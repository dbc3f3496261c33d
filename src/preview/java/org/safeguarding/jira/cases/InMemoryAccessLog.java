package org.safeguarding.jira.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

/** The access log kept in memory, for the preview host and the tests: appended to, never changed. */
public final class InMemoryAccessLog implements AccessLog {
    private final List<CaseAccess> entries = new ArrayList<>();

    @Override
    public synchronized void append(CaseAccess access) {
        entries.add(access);
    }

    @Override
    public synchronized List<CaseAccess> latest(String caseKey, int limit) {
        List<CaseAccess> newestFirst = new ArrayList<>(entries.stream()
                .filter(entry -> entry.caseKey().equals(caseKey)).toList());
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public synchronized List<CaseAccess> ofKind(String caseKey, AccessKind kind) {
        return entries.stream().filter(entry -> entry.caseKey().equals(caseKey) && entry.kind() == kind).toList();
    }

    @Override
    public synchronized void forEach(Consumer<CaseAccess> each) {
        List.copyOf(entries).forEach(each);
    }
}
