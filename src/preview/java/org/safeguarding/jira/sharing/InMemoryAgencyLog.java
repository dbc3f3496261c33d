package org.safeguarding.jira.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.referral.AgencyShare;

/** The agency and sharing log kept in memory, for the preview host and the tests, numbered as a database would. */
public final class InMemoryAgencyLog implements AgencyLog {
    private final List<AgencyShare.Recorded> entries = new ArrayList<>();

    @Override
    public synchronized List<AgencyShare.Recorded> forCase(String caseKey) {
        return entries.stream().filter(entry -> entry.caseKey().equals(caseKey)).toList();
    }

    @Override
    public synchronized AgencyShare.Recorded append(String caseKey, String recordedBy, Instant at, AgencyShare share) {
        AgencyShare.Recorded recorded = new AgencyShare.Recorded(entries.size() + 1L, caseKey, recordedBy, at, share);
        entries.add(recorded);
        return recorded;
    }

    @Override
    public synchronized void anonymise(String caseKey, String marker) {
        entries.replaceAll(entry -> entry.caseKey().equals(caseKey) ? new AgencyShare.Recorded(entry.id(),
                entry.caseKey(), entry.recordedBy(), entry.recordedAt(), entry.share().anonymised(marker)) : entry);
    }
}
