package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.preview.InMemoryPluginSettings;

public class DataVersionTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private AppVersion app;

    private final InMemoryPluginSettings settings = new InMemoryPluginSettings();
    private final Map<String, Object> stored = settings.values();
    private DataVersion dataVersion;

    @Before
    public void setUp() {
        dataVersion = new DataVersion(settings, app);
        when(app.version()).thenReturn("1.2.0");
    }

    @Test
    public void started_shouldRecordTheFirstVersionToUseTheData() {
        dataVersion.started();

        assertThat(stored.get(DataVersion.KEY), is("1.2.0"));
        assertThat(dataVersion.newer(), is(Optional.empty()));
    }

    @Test
    public void started_shouldRecordANewerVersionOnUpgrade() {
        stored.put(DataVersion.KEY, "1.1.3");

        dataVersion.started();

        assertThat(stored.get(DataVersion.KEY), is("1.2.0"));
    }

    @Test
    public void newer_shouldNameTheNewerVersionAfterADowngradeAndKeepIt() {
        stored.put(DataVersion.KEY, "1.10.0");

        dataVersion.started();

        assertThat(dataVersion.newer(), is(Optional.of("1.10.0")));
        assertThat(stored.get(DataVersion.KEY), is("1.10.0"));
    }

    @Test
    public void newer_shouldTakeADevelopmentBuildOfTheSameVersionForTheSame() {
        stored.put(DataVersion.KEY, "1.2.0-SNAPSHOT");

        assertThat(dataVersion.newer(), is(Optional.empty()));
    }

    @Test
    public void newer_shouldNeverWarnOfAStoredValueThatIsNoVersion() {
        stored.put(DataVersion.KEY, "garbled");

        dataVersion.started();

        assertThat(dataVersion.newer(), is(Optional.empty()));
        assertThat(stored.get(DataVersion.KEY), is("1.2.0"));
    }

    @Test
    public void compare_shouldCompareEachNumberAsANumber() {
        assertThat(DataVersion.compare("1.10.0", "1.9.9"), is(greaterThan(0)));
        assertThat(DataVersion.compare("2.0.0", "10.0.0"), is(lessThan(0)));
        assertThat(DataVersion.compare("1.0.1", "1.0.0-SNAPSHOT"), is(greaterThan(0)));
    }
}
