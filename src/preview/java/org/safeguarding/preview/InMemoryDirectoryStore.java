package org.safeguarding.preview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.jira.directory.DirectoryColumns;
import org.safeguarding.jira.directory.DirectoryStore;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;

/**
 * The directory kept in memory for the preview, as Active Objects keeps it in Jira: nothing is ever deleted, and a
 * value its column could not hold is refused, as the database refuses it.
 */
final class InMemoryDirectoryStore implements DirectoryStore {
    private final Map<String, Resource> entries = new LinkedHashMap<>();
    /** Who has added, changed or retired each entry, as the history table keeps it. */
    private final Map<String, Set<String>> changedBy = new HashMap<>();
    private final Map<String, Explanation.Review> reviews = new HashMap<>();

    @Override
    public synchronized List<Resource> all() {
        return new ArrayList<>(entries.values());
    }

    @Override
    public synchronized Optional<Resource> find(String resourceId) {
        return Optional.ofNullable(entries.get(resourceId));
    }

    @Override
    public synchronized Set<String> changedByAnyoneBut(String userKey) {
        Set<String> changed = new HashSet<>();
        changedBy.forEach((resourceId, users) -> {
            if (users.stream().anyMatch(user -> !user.equals(userKey))) {
                changed.add(resourceId);
            }
        });
        return changed;
    }

    @Override
    public synchronized void create(Resource entry, String userKey) {
        DirectoryColumns.requireFits(entry);
        entries.put(entry.id(), entry);
        changed(entry.id(), userKey);
    }

    @Override
    public synchronized void update(Resource entry, String userKey) {
        DirectoryColumns.requireFits(entry);
        existing(entry.id());
        entries.put(entry.id(), entry);
        changed(entry.id(), userKey);
    }

    @Override
    public synchronized void retire(String resourceId, String userKey) {
        entries.put(resourceId, existing(resourceId).withIdAndRetired(resourceId, true));
        changed(resourceId, userKey);
    }

    @Override
    public synchronized Map<String, Explanation.Review> reviews() {
        return Map.copyOf(reviews);
    }

    @Override
    public synchronized void recordReview(String languageTag, Explanation.Review review, String userKey) {
        reviews.put(languageTag, review);
    }

    private void changed(String resourceId, String userKey) {
        changedBy.computeIfAbsent(resourceId, id -> new HashSet<>()).add(userKey);
    }

    private Resource existing(String resourceId) {
        Resource entry = entries.get(resourceId);
        if (entry == null) {
            throw new IllegalArgumentException("no directory entry " + resourceId);
        }
        return entry;
    }
}
