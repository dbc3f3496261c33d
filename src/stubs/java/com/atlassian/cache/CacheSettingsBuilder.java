// Source: atlassian-cache API com.atlassian.cache.CacheSettingsBuilder: new CacheSettingsBuilder().remote() /
// .local() ... .build() (Atlassian's UPM; Jira's DefaultCustomFieldManager). Subset; the stand-in records the choice.
package com.atlassian.cache;

public class CacheSettingsBuilder {
    private boolean remote;

    public CacheSettingsBuilder remote() {
        remote = true;
        return this;
    }

    public CacheSettings build() {
        boolean built = remote;
        return new CacheSettings() {
            @Override
            public String toString() {
                return built ? "remote" : "default";
            }
        };
    }
}
