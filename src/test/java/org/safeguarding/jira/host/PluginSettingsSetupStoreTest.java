package org.safeguarding.jira.host;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.setup.SetupIds;
import org.safeguarding.preview.LocalCaches;

public class PluginSettingsSetupStoreTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private PluginSettingsFactory factory;
    @Mock
    private PluginSettings settings;

    private final Map<String, Object> stored = new HashMap<>();
    private final LocalCaches caches = new LocalCaches();
    private PluginSettingsSetupStore store;

    @Before
    public void setUp() {
        when(factory.createGlobalSettings()).thenReturn(settings);
        when(settings.get(anyString())).thenAnswer(call -> stored.get(call.getArgument(0)));
        when(settings.put(anyString(), any())).thenAnswer(call -> stored.put(call.getArgument(0),
                call.getArgument(1)));
        store = new PluginSettingsSetupStore(factory, caches);
    }

    @Test
    public void load_shouldReadTheSettingsOnceAndAgainOnlyAfterASave() {
        assertThat(store.load().issueType(), is(Optional.empty()));
        store.load();
        verify(settings, times(1)).get(PluginSettingsSetupStore.KEY);

        store.save(SetupIds.none().withIssueType("10100"));

        assertThat(store.load().issueType(), is(Optional.of("10100")));
        verify(settings, times(2)).get(PluginSettingsSetupStore.KEY);
        assertThat(caches.settings().toString(), is("remote replicateViaInvalidation"));
    }

    @Test
    public void load_shouldGiveNoIdsWhenTheSettingsHoldSomethingElse() {
        stored.put(PluginSettingsSetupStore.KEY, "not a map");

        assertThat(store.load().asMap().isEmpty(), is(true));
    }
}
