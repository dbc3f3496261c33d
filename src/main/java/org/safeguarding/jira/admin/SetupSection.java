package org.safeguarding.jira.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.setup.SetupRuns;

/**
 * The administration page's account of the latest set-up run: whether it ran, is running or finished, and for each
 * step how it went, what was wrong, and what to do, in words.
 */
final class SetupSection {
    private SetupSection() {
    }

    static Map<String, Object> of(Optional<SetupRuns.Run> latest, Texts texts, ZoneId zone) {
        if (latest.isEmpty()) {
            return Map.of("summary", texts.text("safeguarding.admin.setup.never"), "steps", List.of(),
                    "hasSteps", false, "complete", false);
        }
        SetupRuns.Run run = latest.get();
        String summary = run.running()
                ? texts.text("safeguarding.admin.setup.running", time(run.startedAt(), zone))
                : texts.text(run.byUserKey() == null ? "safeguarding.admin.setup.ran-on-start"
                        : "safeguarding.admin.setup.ran-by-admin", time(run.finishedAt(), zone)) + " "
                + texts.text(run.complete() ? "safeguarding.admin.setup.complete"
                        : "safeguarding.admin.setup.incomplete");
        List<Map<String, Object>> steps = run.steps().stream().map(step -> Map.<String, Object>of(
                "label", texts.text(step.step().labelKey()),
                "outcome", step.outcome().name().toLowerCase(Locale.ROOT),
                "outcomeText", texts.text("safeguarding.admin.setup.outcome."
                        + step.outcome().name().toLowerCase(Locale.ROOT)),
                "problems", step.problems(),
                "todo", step.outcome() == SetupRuns.Outcome.DONE ? texts.text("safeguarding.admin.setup.nothing-to-do")
                        : texts.text(step.step().manualKey()))).toList();
        return Map.of("summary", summary, "steps", steps, "hasSteps", !steps.isEmpty(), "complete", run.complete());
    }

    private static String time(Instant instant, ZoneId zone) {
        return UkDates.dayAndTime(LocalDateTime.ofInstant(instant, zone));
    }
}
