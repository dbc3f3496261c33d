package org.safeguarding.jira.plan;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.referral.SafeguardingPlan;

/** The safeguarding plan in SAL's global plugin settings, shared by every node: one key per part, and the day saved. */
@Named
public class PluginSettingsPlanStore implements PlanStore {
    static final String PREFIX = "org.safeguarding.plan.";
    static final String SAVED_ON = PREFIX + "savedOn";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsPlanStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    /** Empty until saved, or if any part is missing or the date unreadable: the template shows instead. */
    @Override
    public Optional<Saved> read() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        List<String> parts = SafeguardingPlan.PARTS.stream().map(part -> settings.get(PREFIX + part))
                .map(value -> value instanceof String text ? text : null).toList();
        if (!(settings.get(SAVED_ON) instanceof String on) || parts.contains(null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Saved(new SafeguardingPlan(parts.get(0), parts.get(1), parts.get(2), parts.get(3)),
                    LocalDate.parse(on)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public void save(Saved saved) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        for (int i = 0; i < SafeguardingPlan.PARTS.size(); i++) {
            settings.put(PREFIX + SafeguardingPlan.PARTS.get(i), saved.plan().texts().get(i));
        }
        settings.put(SAVED_ON, saved.on().toString());
    }
}
