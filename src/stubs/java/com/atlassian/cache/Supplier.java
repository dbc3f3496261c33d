// Source: atlassian-cache API com.atlassian.cache.Supplier<V>: V get(), the loader of a CachedReference (used as a
// lambda by Atlassian's UPM: cacheFactory.getCachedReference("app", () -> ..., settings)).
package com.atlassian.cache;

public interface Supplier<V> {
    V get();
}
