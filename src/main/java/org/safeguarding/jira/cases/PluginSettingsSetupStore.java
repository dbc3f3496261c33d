package org.safeguarding.jira.cases;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.CachedReference;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Set-up's record, in SAL's global plugin settings: one map of strings, shared by every node. Every issue view and
 * every issue event asks it whether an issue is a Safeguarding concern, so it is read from the settings once into a
 * cluster-wide cached reference; saving resets it on every node.
 */
@Named
public class PluginSettingsSetupStore implements SetupStore {
    static final String KEY = "org.safeguarding.setup";

    private final PluginSettingsFactory settingsFactory;
    private final CachedReference<SetupIds> loaded;

    @Inject
    public PluginSettingsSetupStore(PluginSettingsFactory settingsFactory, CacheManager caches) {
        this.settingsFactory = settingsFactory;
        // Invalidation, not copies: every node reads the settings afresh.
        this.loaded = caches.getCachedReference(PluginSettingsSetupStore.class.getName() + ".ids", this::read,
                new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
    }

    @Override
    public SetupIds load() {
        return loaded.get();
    }

    @Override
    public void save(SetupIds ids) {
        settingsFactory.createGlobalSettings().put(KEY, ids.asMap());
        loaded.reset();
    }

    @SuppressWarnings("unchecked")
    private SetupIds read() {
        Object stored = settingsFactory.createGlobalSettings().get(KEY);
        return stored instanceof Map ? new SetupIds((Map<String, String>) stored) : SetupIds.none();
    }
}
