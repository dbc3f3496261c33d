package org.safeguarding.preview;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import java.util.concurrent.atomic.AtomicReference;

/** Atlassian Cache on one node: a reference loads through its supplier when empty, and reset empties it. */
final class LocalCaches implements CacheManager {
    @Override
    public <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings required) {
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
}
