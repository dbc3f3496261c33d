// Source: atlassian-cache API com.atlassian.cache.CachedReference<V>: get() loads through the supplier when empty;
// reset() empties it, on every node of a cluster for a remote reference (UPM's MpacApplicationCacheManager). Subset.
package com.atlassian.cache;

public interface CachedReference<V> {
    V get();

    void reset();
}
