package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.jira.platform.MapPluginSettings;

public class PluginSettingsSetupRunsTest {
    private final MapPluginSettings sal = new MapPluginSettings();
    private final PluginSettingsSetupRuns runs = new PluginSettingsSetupRuns(sal);

    @Test
    public void latest_shouldBeWhatWasLastSavedRunningOrFinished() {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        SetupRuns.Run running = new SetupRuns.Run(start, null, null, List.of());
        SetupRuns.Run finished = new SetupRuns.Run(start, start.plusSeconds(4), "admin", List.of(
                new SetupRuns.Step(SetupStep.ISSUE_TYPE, SetupRuns.Outcome.DONE, List.of()),
                new SetupRuns.Step(SetupStep.SCREENS, SetupRuns.Outcome.FAILED, List.of("screens: refused"))));

        runs.save(running);
        assertThat(runs.latest(), is(Optional.of(running)));
        runs.save(finished);
        assertThat(runs.latest(), is(Optional.of(finished)));
    }

    @Test
    public void latest_shouldBeNoneBeforeTheFirstRunOrWhenTheStoredRunIsUnreadable() {
        assertThat(runs.latest(), is(Optional.empty()));
        sal.stored.put(PluginSettingsSetupRuns.KEY, "{\"startedAt\": \"this morning\"}");
        assertThat(runs.latest(), is(Optional.empty()));
        sal.stored.put(PluginSettingsSetupRuns.KEY, "{\"startedAt\": \"2026-12-01T09:00:00Z\", \"steps\": "
                + "[{\"step\": \"TELEPORT\", \"outcome\": \"DONE\"}]}");
        assertThat(runs.latest(), is(Optional.empty()));
    }
}
