// Source: atlassian-cache API com.atlassian.cache.CacheSettingsBuilder, read via the search tool in public plugin code:
// new CacheSettingsBuilder().remote().replicateViaInvalidation().build() (Atlassian's UPM license cache, and a CDN
// strategy provider passing exactly that to getCachedReference). Subset; the stand-in records the choices.
package com.atlassian.cache;

public class CacheSettingsBuilder {
    private final StringBuilder chosen = new StringBuilder();

    public CacheSettingsBuilder remote() {
        chosen.append("remote ");
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        chosen.append("replicateViaInvalidation ");
        return this;
    }

    public CacheSettings build() {
        String built = chosen.toString().trim();
        return new CacheSettings() {
            @Override
            public String toString() {
                return built;
            }
        };
    }
}
