package org.safeguarding.jira.directory;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.CachedReference;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceDirectory;
import org.safeguarding.resources.ShippedCorrections;

/**
 * The directory and the explanations (with their recorded reviews) as the panel, the REST API and the admin page
 * read them: loaded from Active Objects once into a
 * cluster-wide cached reference, so an issue view makes no database query once warm; any change resets it on every
 * node. Each load first brings the directory up to date with the shipped file, on one node only: an empty one is
 * seeded, and an upgrade's corrected numbers and scopes reach the entries no person has changed
 * ({@link ShippedCorrections}).
 */
@Named
public class CachedDirectory implements DirectorySource {
    /** Held by whoever adds entries: the app bringing in the shipped ones, or an admin adding one. */
    static final String WRITE_LOCK = "org.safeguarding.directory.write";
    static final String SEEDED_BY = "safeguarding-for-jira";
    private static final Explanations SHIPPED_EXPLANATIONS = Explanations.shipped();
    private static final List<Resource> SHIPPED_DIRECTORY = DefaultDirectory.load().entries();

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
        List<Resource> installed = store.all();
        if (!corrections(installed).isEmpty()) {
            ClusterLock lock = locks.getLockForName(WRITE_LOCK);
            lock.lock();
            try {
                // Read again under the lock: another node may have brought them in while this one waited.
                apply(corrections(store.all()));
            } finally {
                lock.unlock();
            }
            installed = store.all();
        }
        return new Loaded(new ResourceDirectory(installed), SHIPPED_EXPLANATIONS.withReviews(store.reviews()));
    }

    private ShippedCorrections corrections(List<Resource> installed) {
        return ShippedCorrections.between(SHIPPED_DIRECTORY, installed, store.changedByAnyoneBut(SEEDED_BY));
    }

    private void apply(ShippedCorrections corrections) {
        corrections.added().forEach(entry -> store.create(entry, SEEDED_BY));
        corrections.corrected().forEach(entry -> store.update(entry, SEEDED_BY));
        corrections.withdrawn().forEach(resourceId -> store.retire(resourceId, SEEDED_BY));
    }
}
