package org.safeguarding.jira.setup;

import com.atlassian.jira.event.type.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.referral.ReferralStep;

/**
 * The "Safeguarding referral" workflow XML shipped in the app, made ready for this Jira: each step's
 * {@code ${status:<step>}} becomes the id of the Jira status set-up made or found for it, each transition
 * screen's {@code ${screen:<name>}} the id of that screen, and Close's
 * {@code ${resolutions:close}} the ids of the app's resolutions, comma-separated, as Jira's
 * {@code jira.field.resolution.include} property wants them, and each {@code ${event:<kind>}} the id of the app's own
 * event, or Jira's own event of that kind where set-up could not make the app's.
 */
final class WorkflowDefinition {
    static final String RESOURCE = "/workflow/safeguarding-referral.xml";
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{((?:status|screen|resolutions|event):[a-z-]+)}");
    /** Jira's own event for each kind the workflow fires, for a Jira where the app's own could not be made. */
    private static final Map<String, Long> JIRA_EVENTS = Map.of("created", EventType.ISSUE_CREATED_ID,
            "changed", EventType.ISSUE_GENERICEVENT_ID, "closed", EventType.ISSUE_CLOSED_ID,
            "reopened", EventType.ISSUE_REOPENED_ID);
    private static final Pattern JIRA_ID = Pattern.compile("\\d+");

    private WorkflowDefinition() {
    }

    /**
     * The transitions' screens: the full case screen (the leads' Refer in earlier versions), the worker screen (Report
     * missing in earlier versions), the Close screen, the danger check's screen (Found and Back to lead review),
     * Report missing's screen and Refer's.
     */
    record Screens(long full, long worker, long close, long danger, long missing, long refer) {
        /** The screens set-up recorded; empty while any is not made yet. */
        static Optional<Screens> of(SetupIds ids) {
            List<Optional<Long>> recorded = List.of(ids.screen(), ids.workerScreen(), ids.closeScreen(),
                    ids.dangerScreen(), ids.missingScreen(), ids.referScreen());
            return recorded.stream().allMatch(Optional::isPresent) ? Optional.of(new Screens(recorded.get(0).get(),
                    recorded.get(1).get(), recorded.get(2).get(), recorded.get(3).get(), recorded.get(4).get(),
                    recorded.get(5).get())) : Optional.empty();
        }
    }

    /**
     * @param statusIds     Jira's status id for every step
     * @param resolutionIds Jira's ids of the app's resolutions, which Close offers
     * @param event         the app's own event, which every transition fires; Jira's own when empty
     * @throws IllegalArgumentException when a step, screen or resolution has no id, or one that is not a Jira id
     */
    static String filled(Map<ReferralStep, String> statusIds, Screens screens, List<String> resolutionIds,
                         Optional<Long> event) {
        return filled(xml(), statusIds, screens, resolutionIds, event);
    }

    /** The same for a workflow XML of the same shape: the one an earlier version shipped. */
    static String filled(String xml, Map<ReferralStep, String> statusIds, Screens screens, List<String> resolutionIds,
                         Optional<Long> event) {
        Map<String, List<String>> values = new HashMap<>();
        statusIds.forEach((step, id) -> values.put("status:" + step.id(), List.of(id)));
        values.put("screen:case", List.of(String.valueOf(screens.full())));
        values.put("screen:worker", List.of(String.valueOf(screens.worker())));
        values.put("screen:close", List.of(String.valueOf(screens.close())));
        values.put("screen:danger", List.of(String.valueOf(screens.danger())));
        values.put("screen:missing", List.of(String.valueOf(screens.missing())));
        values.put("screen:refer", List.of(String.valueOf(screens.refer())));
        values.put("resolutions:close", resolutionIds);
        JIRA_EVENTS.forEach((kind, jiras) -> values.put("event:" + kind, List.of(String.valueOf(event.orElse(jiras)))));
        Matcher placeholders = PLACEHOLDER.matcher(xml);
        StringBuilder filled = new StringBuilder();
        while (placeholders.find()) {
            List<String> ids = values.get(placeholders.group(1));
            if (ids == null || ids.isEmpty()
                    || !ids.stream().allMatch(id -> id != null && JIRA_ID.matcher(id).matches())) {
                throw new IllegalArgumentException("no Jira id for " + placeholders.group(1) + " in the workflow: "
                        + ids);
            }
            placeholders.appendReplacement(filled, String.join(",", ids));
        }
        placeholders.appendTail(filled);
        return filled.toString();
    }

    private static String xml() {
        try (InputStream in = WorkflowDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the app is missing its workflow " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
