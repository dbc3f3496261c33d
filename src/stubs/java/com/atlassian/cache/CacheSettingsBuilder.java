// Source: atlassian-cache API com.atlassian.cache.CacheSettingsBuilder, read via the search tool in public plugin code:
// new CacheSettingsBuilder().remote().replicateViaInvalidation().build() (Atlassian's UPM license cache, and a CDN
// strategy provider passing exactly that to getCachedReference). Subset; the stand-in records the choices.
// expireAfterWrite(long, TimeUnit): atlassian-cache API CacheSettingsBuilder (2.x javadoc; "size and expiry settings
// may be overridden by admin or deployment settings", CacheFactory).
package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

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

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        chosen.append("expireAfterWrite ").append(timeUnit.toSeconds(expireAfter)).append("s ");
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
