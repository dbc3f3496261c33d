package org.safeguarding.jira.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.jira.platform.MapPluginSettings;
import org.safeguarding.referral.SafeguardingPlan;

public class PluginSettingsPlanStoreTest {
    private final MapPluginSettings sal = new MapPluginSettings();
    private final Map<String, Object> stored = sal.stored;
    private PluginSettingsPlanStore store;

    @Before
    public void setUp() {
        store = new PluginSettingsPlanStore(sal);
    }

    @Test
    public void read_shouldBeEmptyUntilAPlanIsSaved() {
        assertThat(store.read(), is(Optional.empty()));
    }

    @Test
    public void save_shouldKeepEveryPartAndTheDay() {
        PlanStore.Saved saved = new PlanStore.Saved(new SafeguardingPlan("Talk.\nAsk.", "Call 999.", "Ann Lee",
                "Intranet"), LocalDate.of(2026, 12, 1));

        store.save(saved);

        assertThat(store.read(), is(Optional.of(saved)));
        assertThat(stored.get("org.safeguarding.plan.specialists"), is("Ann Lee"));
    }

    @Test
    public void read_shouldFallBackToTheTemplateWhenAPartOrTheDayIsMissingOrUnreadable() {
        store.save(new PlanStore.Saved(new SafeguardingPlan("a", "b", "c", "d"), LocalDate.of(2026, 12, 1)));
        stored.put(PluginSettingsPlanStore.SAVED_ON, "yesterday");
        assertThat(store.read(), is(Optional.empty()));

        stored.put(PluginSettingsPlanStore.SAVED_ON, "2026-12-01");
        stored.remove("org.safeguarding.plan.trafficked");
        assertThat(store.read(), is(Optional.empty()));
    }
}
