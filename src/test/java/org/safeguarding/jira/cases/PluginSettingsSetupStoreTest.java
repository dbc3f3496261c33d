package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.jira.platform.MapPluginSettings;
import org.safeguarding.preview.LocalCaches;

public class PluginSettingsSetupStoreTest {
    private final MapPluginSettings sal = new MapPluginSettings();
    private final Map<String, Object> stored = sal.stored;
    private final LocalCaches caches = new LocalCaches();
    private PluginSettingsSetupStore store;

    @Before
    public void setUp() {
        store = new PluginSettingsSetupStore(sal, caches);
    }

    @Test
    public void load_shouldReadTheSettingsOnceAndAgainOnlyAfterASave() {
        assertThat(store.load().issueType(), is(Optional.empty()));
        store.load();
        assertThat(sal.reads, is(1));

        store.save(SetupIds.none().withIssueType("10100"));

        assertThat(store.load().issueType(), is(Optional.of("10100")));
        assertThat(sal.reads, is(2));
        assertThat(caches.settings().toString(), is("remote replicateViaInvalidation"));
    }

    @Test
    public void load_shouldGiveNoIdsWhenTheSettingsHoldSomethingElse() {
        stored.put(PluginSettingsSetupStore.KEY, "not a map");

        assertThat(store.load().asMap().isEmpty(), is(true));
    }
}
