// Source: atlassian-cache API com.atlassian.cache.CacheManager (a CacheFactory): getCachedReference(String name,
// Supplier<V>, CacheSettings), as Atlassian's UPM and Jira's own managers call it. Subset.
package com.atlassian.cache;

public interface CacheManager {
    <V> CachedReference<V> getCachedReference(String name, Supplier<V> supplier, CacheSettings required);
}
