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
 * The directory as the panel, the REST API and the admin page read it: loaded from Active Objects once into a
 * cluster-wide cached reference, so an issue view makes no database query once warm; any change resets it on every
 * node. The first load of an empty directory seeds it from the shipped file, on one node only.
 */
@Named
public class CachedDirectory implements DirectorySource {
    static final String SEED_LOCK = "org.safeguarding.directory.seed";
    static final String SEEDED_BY = "safeguarding-for-jira";
    private static final Explanations EXPLANATIONS = Explanations.shipped();

    private final AoDirectoryStore store;
    private final ClusterLockService locks;
    private final CachedReference<ResourceDirectory> directory;

    @Inject
    public CachedDirectory(CacheManager caches, AoDirectoryStore store, ClusterLockService locks) {
        this.store = store;
        this.locks = locks;
        this.directory = caches.getCachedReference(CachedDirectory.class.getName() + ".directory", this::load,
                new CacheSettingsBuilder().remote().build());
    }

    @Override
    public ResourceDirectory directory() {
        return directory.get();
    }

    @Override
    public Explanations explanations() {
        return EXPLANATIONS;
    }

    /** After a change: every node reads the directory afresh. */
    public void changed() {
        directory.reset();
    }

    private ResourceDirectory load() {
        if (store.isEmpty()) {
            ClusterLock lock = locks.getLockForName(SEED_LOCK);
            lock.lock();
            try {
                if (store.isEmpty()) {
                    DefaultDirectory.load().entries().forEach(entry -> store.create(entry, SEEDED_BY));
                }
            } finally {
                lock.unlock();
            }
        }
        return new ResourceDirectory(store.all());
    }
}
