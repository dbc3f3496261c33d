package org.safeguarding.preview;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Atlassian Cache on one node, for the preview host and the tests: a reference loads through its supplier when empty,
 * and reset empties it; a cache loads each missing key through its loader, and removeAll empties it. It keeps the settings it was last asked for, so a test can check how a cache replicates.
 */
public final class LocalCaches implements CacheManager {
    private CacheSettings settings;

    /** The settings of the last reference asked for. */
    public CacheSettings settings() {
        return settings;
    }

    @Override
    public <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings required) {
        settings = required;
        AtomicReference<V> value = new AtomicReference<>();
        return new CachedReference<>() {
            @Override
            public V get() {
                return value.updateAndGet(current -> current == null ? supplier.get() : current);
            }

            @Override
            public void reset() {
                value.set(null);
            }
        };
    }

    @Override
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        settings = required;
        Map<K, V> values = new ConcurrentHashMap<>();
        return new Cache<>() {
            @Override
            public V get(K key) {
                return values.computeIfAbsent(key, loader::load);
            }

            @Override
            public void removeAll() {
                values.clear();
            }
        };
    }
}
