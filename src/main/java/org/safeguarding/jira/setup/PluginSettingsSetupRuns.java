package org.safeguarding.jira.setup;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.PluginSettingsJson;

/**
 * The latest set-up run in SAL's global plugin settings, as JSON, so every node's administration page shows the run
 * one node made.
 */
@Named
public class PluginSettingsSetupRuns implements SetupRuns {
    static final String KEY = "org.safeguarding.setup.run";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsSetupRuns(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public Optional<Run> latest() {
        return PluginSettingsJson.read(settingsFactory, KEY, RunJson.class, json -> new Run(
                Instant.parse(json.startedAt), json.finishedAt == null ? null : Instant.parse(json.finishedAt),
                json.by, json.steps.stream().map(step -> new Step(SetupStep.valueOf(step.step),
                        Outcome.valueOf(step.outcome), step.problems)).toList()));
    }

    @Override
    public void save(Run run) {
        RunJson json = new RunJson();
        json.startedAt = run.startedAt().toString();
        json.finishedAt = run.finishedAt() == null ? null : run.finishedAt().toString();
        json.by = run.byUserKey();
        for (Step step : run.steps()) {
            StepJson stepJson = new StepJson();
            stepJson.step = step.step().name();
            stepJson.outcome = step.outcome().name();
            stepJson.problems = step.problems();
            json.steps.add(stepJson);
        }
        PluginSettingsJson.write(settingsFactory, KEY, json);
    }

    /** A run as stored. */
    static final class RunJson {
        public String startedAt;
        public String finishedAt;
        public String by;
        public List<StepJson> steps = new ArrayList<>();
    }

    /** One step as stored. */
    static final class StepJson {
        public String step;
        public String outcome;
        public List<String> problems = new ArrayList<>();
    }
}
