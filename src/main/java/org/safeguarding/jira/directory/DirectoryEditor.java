package org.safeguarding.jira.directory;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceProblem;
import org.safeguarding.resources.ResourceRules;
import org.safeguarding.screening.InputRules;

/**
 * Adds, changes and retires directory entries for an admin, and records fluent speakers' reviews of the
 * explanations: each checked first ({@link ResourceRules} for entries), nothing saved when anything is wrong, every
 * change kept in the history, and every node shown the result.
 */
@Named
public class DirectoryEditor {
    private final DirectoryStore store;
    private final CachedDirectory directory;
    private final ClusterLockService locks;
    private final Clock clock;

    @Inject
    public DirectoryEditor(DirectoryStore store, CachedDirectory directory, ClusterLockService locks, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.locks = locks;
        this.clock = clock;
    }

    /** What happened: done (with the entry as now stored), refused with the problems to put right, or no such entry. */
    public record Outcome(Status status, List<ResourceProblem> problems, Resource saved) {
        public enum Status {
            DONE,
            INVALID,
            NOT_FOUND
        }

        static Outcome done(Resource saved) {
            return new Outcome(Status.DONE, List.of(), saved);
        }

        static Outcome invalid(List<ResourceProblem> problems) {
            return new Outcome(Status.INVALID, List.copyOf(problems), null);
        }

        static Outcome notFound() {
            return new Outcome(Status.NOT_FOUND, List.of(), null);
        }
    }

    /**
     * Adds the entry unless its id is taken. The check and the write happen under the directory's cluster-wide lock,
     * so two admins on two nodes adding the same id get one entry and one "id taken".
     */
    public Outcome add(Resource entry, String userKey) {
        ClusterLock lock = locks.getLockForName(CachedDirectory.WRITE_LOCK);
        lock.lock();
        try {
            List<ResourceProblem> problems = new ArrayList<>(ResourceRules.check(entry, LocalDate.now(clock)));
            if (entry.id() != null && store.find(entry.id()).isPresent()) {
                problems.add(new ResourceProblem("id", "safeguarding.resource.error.id-taken"));
            }
            return problems.isEmpty() ? saved(entry, () -> store.create(entry, userKey)) : Outcome.invalid(problems);
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the entry with this id; the entry keeps its id and whether it is retired. */
    public Outcome change(String resourceId, Resource entry, String userKey) {
        return store.find(resourceId).map(existing -> {
            Resource changed = entry.withIdAndRetired(resourceId, existing.retired());
            List<ResourceProblem> problems = ResourceRules.check(changed, LocalDate.now(clock));
            return problems.isEmpty() ? saved(changed, () -> store.update(changed, userKey))
                    : Outcome.invalid(problems);
        }).orElseGet(Outcome::notFound);
    }

    /** Retired entries are never shown but stay, with their history. */
    public Outcome retire(String resourceId, String userKey) {
        return store.find(resourceId).map(existing -> saved(existing.withIdAndRetired(resourceId, true),
                () -> store.retire(resourceId, userKey))).orElseGet(Outcome::notFound);
    }

    /**
     * Records that a fluent speaker checked one language's explanations: who (in the admin's words) and on what day.
     *
     * @return done, invalid (no reviewer, or no date, one in the future, before 1900 or before the words last
     *         changed) or not found (no such language)
     */
    public Outcome recordReview(String languageTag, String reviewer, LocalDate reviewedOn, String userKey) {
        Optional<Explanation> language = directory.explanations().languages().stream()
                .filter(candidate -> candidate.tag().equals(languageTag)).findFirst();
        if (language.isEmpty()) {
            return Outcome.notFound();
        }
        List<ResourceProblem> problems = new ArrayList<>();
        if (!InputRules.hasVisibleText(reviewer)) {
            problems.add(new ResourceProblem("by", "safeguarding.resource.error.reviewer"));
        }
        if (reviewedOn == null || !InputRules.isPastDay(reviewedOn, LocalDate.now(clock))) {
            problems.add(new ResourceProblem("on", "safeguarding.resource.error.reviewed-on"));
        } else if (language.get().changed() != null && reviewedOn.isBefore(language.get().changed())) {
            problems.add(new ResourceProblem("on", "safeguarding.resource.error.reviewed-before-change"));
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        store.recordReview(languageTag, new Explanation.Review(reviewer.trim(), reviewedOn), userKey);
        directory.changed();
        return new Outcome(Outcome.Status.DONE, List.of(), null);
    }

    private Outcome saved(Resource entry, Runnable write) {
        write.run();
        directory.changed();
        return Outcome.done(entry);
    }
}
