// Source: atlassian-cache API com.atlassian.cache.CacheSettings, built by CacheSettingsBuilder. Subset: nothing is
// read from it by the plugin.
package com.atlassian.cache;

public interface CacheSettings {
}
