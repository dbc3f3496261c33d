// Source: atlassian-cache API com.atlassian.cache.CacheManager (a CacheFactory): getCachedReference(String name,
// Supplier<V>, CacheSettings), as Atlassian's UPM and Jira's own managers call it; getCache(String name,
// CacheLoader<K, V> loader, CacheSettings required) (atlassian-cache-api 2.9.0 javadoc, CacheFactory). Subset.
package com.atlassian.cache;

public interface CacheManager {
    <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings required);

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
