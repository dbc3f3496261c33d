package org.safeguarding.cluster;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Atlassian Cache across the nodes of a cluster, as Jira Data Center runs a remote cache that replicates by
 * invalidation: each node loads its own value through its own supplier, and a reset on any node empties that cache on
 * every node. Values never travel between nodes; a cache asked for any other way is refused.
 */
final class ClusterCaches {
    static final String BY_INVALIDATION = "remote replicateViaInvalidation";

    /** Each node's value of each cached reference, by the reference's name. */
    private final Map<String, List<AtomicReference<?>>> values = new ConcurrentHashMap<>();
    /** Each node's entries of each cache, by the cache's name. */
    private final Map<String, List<Map<?, ?>>> entries = new ConcurrentHashMap<>();

    private static void requireInvalidation(String name, CacheSettings settings) {
        if (!settings.toString().startsWith(BY_INVALIDATION)) {
            throw new IllegalArgumentException(name + " is not a remote cache replicated by invalidation: " + settings);
        }
    }

    /** One node's cache manager. */
    CacheManager node() {
        return new CacheManager() {
            @Override
            public <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier,
                                                             CacheSettings settings) {
                requireInvalidation(name, settings);
                AtomicReference<V> value = new AtomicReference<>();
                values.computeIfAbsent(name, each -> new CopyOnWriteArrayList<>()).add(value);
                return new CachedReference<>() {
                    @Override
                    public V get() {
                        return value.updateAndGet(current -> current == null ? supplier.get() : current);
                    }

                    @Override
                    public void reset() {
                        values.get(name).forEach(each -> each.set(null));
                    }
                };
            }

            @Override
            public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
                requireInvalidation(name, settings);
                Map<K, V> kept = new ConcurrentHashMap<>();
                entries.computeIfAbsent(name, each -> new CopyOnWriteArrayList<>()).add(kept);
                return new Cache<>() {
                    @Override
                    public V get(K key) {
                        return kept.computeIfAbsent(key, loader::load);
                    }

                    @Override
                    public void removeAll() {
                        entries.get(name).forEach(Map::clear);
                    }
                };
            }
        };
    }
}
