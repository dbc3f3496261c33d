package org.safeguarding.jira.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.referral.StaffTraining;

/** The training records in memory: the preview host's and the tests' Active Objects. */
public final class InMemoryTrainingRecords implements TrainingRecords {
    private final Map<String, List<Entry>> byUser = new LinkedHashMap<>();

    @Override
    public synchronized void record(String userKey, StaffTraining.Trained trained, String recordedBy, Instant at) {
        byUser.computeIfAbsent(userKey, key -> new ArrayList<>()).add(new Entry(trained, recordedBy, at));
    }

    @Override
    public synchronized List<Entry> of(String userKey) {
        return List.copyOf(byUser.getOrDefault(userKey, List.of()));
    }

    @Override
    public synchronized void forget(String userKey) {
        byUser.remove(userKey);
    }

    @Override
    public synchronized Map<String, List<StaffTraining.Trained>> all() {
        Map<String, List<StaffTraining.Trained>> copy = new LinkedHashMap<>();
        byUser.forEach((user, entries) -> copy.put(user, entries.stream().map(Entry::trained).toList()));
        return copy;
    }
}
