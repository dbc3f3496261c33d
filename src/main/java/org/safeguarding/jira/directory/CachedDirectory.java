package org.safeguarding.jira.directory;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.CachedReference;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.ResourceDirectory;

/**
 * The directory and the explanations (with their recorded reviews) as the panel, the REST API and the admin page
 * read them: loaded from Active Objects once into a
 * cluster-wide cached reference, so an issue view makes no database query once warm; any change resets it on every
 * node. The first load of an empty directory seeds it from the shipped file, on one node only.
 */
@Named
public class CachedDirectory implements DirectorySource {
    /** Held by whoever adds entries: seeding an empty directory, or an admin adding one. */
    static final String WRITE_LOCK = "org.safeguarding.directory.write";
    static final String SEEDED_BY = "safeguarding-for-jira";
    private static final Explanations SHIPPED_EXPLANATIONS = Explanations.shipped();

    private final DirectoryStore store;
    private final ClusterLockService locks;
    private final CachedReference<Loaded> loaded;

    /** What one load reads: the directory, and the explanations with their recorded reviews. */
    private record Loaded(ResourceDirectory directory, Explanations explanations) {
    }

    @Inject
    public CachedDirectory(CacheManager caches, DirectoryStore store, ClusterLockService locks) {
        this.store = store;
        this.locks = locks;
        // Invalidation, not copies: the directory is not Serializable, and every node reloads it from the database.
        this.loaded = caches.getCachedReference(CachedDirectory.class.getName() + ".directory", this::load,
                new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
    }

    @Override
    public ResourceDirectory directory() {
        return loaded.get().directory();
    }

    @Override
    public Explanations explanations() {
        return loaded.get().explanations();
    }

    /** After a change: every node reads the directory and the reviews afresh. */
    public void changed() {
        loaded.reset();
    }

    private Loaded load() {
        if (store.isEmpty()) {
            ClusterLock lock = locks.getLockForName(WRITE_LOCK);
            lock.lock();
            try {
                if (store.isEmpty()) {
                    DefaultDirectory.load().entries().forEach(entry -> store.create(entry, SEEDED_BY));
                }
            } finally {
                lock.unlock();
            }
        }
        return new Loaded(new ResourceDirectory(store.all()), SHIPPED_EXPLANATIONS.withReviews(store.reviews()));
    }
}
