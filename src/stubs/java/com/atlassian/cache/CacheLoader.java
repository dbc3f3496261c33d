// Source: atlassian-cache API com.atlassian.cache.CacheLoader<K, V>: V load(K key), called by a cache on a miss
// (atlassian-cache 2.0.8 javadoc, "Uses of Interface CacheLoader": CacheFactory.getCache(String, CacheLoader,
// CacheSettings)). Subset.
package com.atlassian.cache;

public interface CacheLoader<K, V> {
    V load(K key);
}
