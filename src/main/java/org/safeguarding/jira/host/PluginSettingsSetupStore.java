package org.safeguarding.jira.host;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.setup.SetupIds;
import org.safeguarding.jira.setup.SetupStore;

/** Set-up's record, in SAL's global plugin settings: one map of strings, shared by every node. */
@Named
public class PluginSettingsSetupStore implements SetupStore {
    static final String KEY = "org.safeguarding.setup";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsSetupStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public SetupIds load() {
        Object stored = settingsFactory.createGlobalSettings().get(KEY);
        return stored instanceof Map ? new SetupIds((Map<String, String>) stored) : SetupIds.none();
    }

    @Override
    public void save(SetupIds ids) {
        settingsFactory.createGlobalSettings().put(KEY, ids.asMap());
    }
}
