package org.safeguarding.jira.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.PlanReadership;

/** Who was asked to read the plan, and who read it, in memory: the preview host's and the tests' Active Objects. */
public final class InMemoryPlanReads implements PlanReads {
    /** When each user was asked about each version, and when they read it (null until they do). */
    private final Map<String, Map<String, Instant[]>> byUser = new LinkedHashMap<>();

    @Override
    public synchronized boolean askOnce(String userKey, String version, Instant now) {
        return versions(userKey).putIfAbsent(version, new Instant[] {now, null}) == null;
    }

    @Override
    public synchronized void read(String userKey, String version, Instant at) {
        Instant[] row = versions(userKey).computeIfAbsent(version, asked -> new Instant[] {at, null});
        if (row[1] == null) {
            row[1] = at;
        }
    }

    @Override
    public synchronized boolean hasRead(String userKey, String version) {
        Instant[] row = versions(userKey).get(version);
        return row != null && row[1] != null;
    }

    @Override
    public synchronized Map<String, List<PlanReadership.Read>> reads() {
        Map<String, List<PlanReadership.Read>> reads = new HashMap<>();
        byUser.forEach((user, versions) -> versions.forEach((version, row) -> {
            if (row[1] != null) {
                reads.computeIfAbsent(user, key -> new ArrayList<>()).add(new PlanReadership.Read(version,
                        row[1].atZone(UkClock.ZONE).toLocalDate()));
            }
        }));
        return reads;
    }

    @Override
    public synchronized List<Entry> of(String userKey) {
        return versions(userKey).entrySet().stream().map(version -> new Entry(version.getKey(),
                version.getValue()[0], Optional.ofNullable(version.getValue()[1]))).toList();
    }

    @Override
    public synchronized Set<String> userKeys() {
        return Set.copyOf(byUser.keySet());
    }

    @Override
    public synchronized void forget(String userKey) {
        byUser.remove(userKey);
    }

    private Map<String, Instant[]> versions(String userKey) {
        return byUser.computeIfAbsent(userKey, key -> new LinkedHashMap<>());
    }
}
