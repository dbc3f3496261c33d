package org.safeguarding.jira.host;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.web.PlanStore;
import org.safeguarding.referral.SafeguardingPlan;

public class PluginSettingsPlanStoreTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private PluginSettingsFactory factory;
    @Mock
    private PluginSettings settings;

    private final Map<String, Object> stored = new HashMap<>();
    private PluginSettingsPlanStore store;

    @Before
    public void setUp() {
        when(factory.createGlobalSettings()).thenReturn(settings);
        when(settings.get(anyString())).thenAnswer(call -> stored.get(call.getArgument(0)));
        when(settings.put(anyString(), any()))
                .thenAnswer(call -> stored.put(call.getArgument(0), call.getArgument(1)));
        store = new PluginSettingsPlanStore(factory);
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
