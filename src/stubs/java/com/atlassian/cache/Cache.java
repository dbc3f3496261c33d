// Source: atlassian-cache API com.atlassian.cache.Cache<K, V>, returned by CacheFactory.getCache(String name,
// CacheLoader<K, V> loader, CacheSettings required) (atlassian-cache-api 2.9.0 javadoc, CacheFactory): V get(K key),
// loading a missing key through the cache's loader; void removeAll(), which a cache replicated via invalidation
// passes on to every node of a cluster. Subset.
package com.atlassian.cache;

public interface Cache<K, V> {
    V get(K key);

    void removeAll();
}
