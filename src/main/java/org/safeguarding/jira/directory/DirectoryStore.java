package org.safeguarding.jira.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;

/**
 * Where the directory and the translation reviews are kept: Active Objects in Jira ({@link AoDirectoryStore}), memory
 * in the preview host. Entries are never deleted, and every change is kept with who made it.
 */
public interface DirectoryStore {
    /** Every entry, retired ones included, in the order they were added. */
    List<Resource> all();

    Optional<Resource> find(String resourceId);

    /** Ids of the entries anyone but this user has ever added, changed or retired. */
    Set<String> changedByAnyoneBut(String userKey);

    void create(Resource entry, String userKey);

    /** @throws IllegalArgumentException when no entry has the id: check with {@link #find} first */
    void update(Resource entry, String userKey);

    /** @throws IllegalArgumentException when no entry has the id: check with {@link #find} first */
    void retire(String resourceId, String userKey);

    /** The latest review of each language's explanations, by language tag. */
    Map<String, Explanation.Review> reviews();

    void recordReview(String languageTag, Explanation.Review review, String userKey);
}
