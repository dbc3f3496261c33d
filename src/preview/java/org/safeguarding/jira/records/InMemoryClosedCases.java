package org.safeguarding.jira.records;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.referral.ClosedCase;

/** The closed cases kept in memory, for the preview host and the tests, as Active Objects keeps them in Jira. */
public final class InMemoryClosedCases implements ClosedCases {
    private final Map<String, ClosedCase> closed = new LinkedHashMap<>();

    @Override
    public synchronized void closed(String caseKey, LocalDate closedOn, LocalDate reviewOn) {
        closed.put(caseKey, new ClosedCase(caseKey, closedOn, reviewOn));
    }

    @Override
    public synchronized void reopened(String caseKey) {
        closed.remove(caseKey);
    }

    @Override
    public synchronized void anonymised(String caseKey) {
        closed.remove(caseKey);
    }

    @Override
    public synchronized List<ClosedCase> all() {
        return closed.values().stream().sorted(Comparator.comparing(ClosedCase::closedOn)).toList();
    }
}
