package org.safeguarding.jira.cases;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What set-up created in Jira, by our stable keys: the issue type's id, each field's custom field id, and each
 * option's id. Recording ids (not names) means an admin can rename a field or an option without the app losing it,
 * and re-running set-up finds what is there instead of creating it again. Immutable.
 */
public final class SetupIds {
    private static final String ISSUE_TYPE = "issueType";
    private static final String FIELD = "field.";
    private static final String OPTION = "option.";
    private static final String SCREEN = "screen";
    private static final String SCREEN_SCHEME = "screenScheme";
    private static final String CLOSE_SCREEN = "closeScreen";
    private static final String DANGER_SCREEN = "dangerScreen";
    private static final String MISSING_SCREEN = "missingScreen";
    private static final String REFER_SCREEN = "referScreen";
    private static final String WORKER_SCREEN = "workerScreen";
    private static final String TAB = "tab.";
    private static final String RESOLUTION = "resolution.";
    private static final String STATUS = "status.";
    private static final String EVENT_TYPE = "eventType";
    private static final String LINK_TYPE = "linkType";
    private static final String WORKFLOW_SCHEME = "workflowScheme";
    private static final String SECURITY_SCHEME = "securityScheme";
    private static final String SECURITY_LEVEL = "securityLevel";

    private final Map<String, String> ids;
    /**
     * The fields' ids by field key, the steps by the status id that stands for them, and each field's value ids by the
     * Jira option id that holds them: every field and option of a case is read back on every view of it, so each is
     * one look-up. A field's options are gathered the first time it is read, as a key alone cannot say where a field
     * key with dots ends and its value id begins.
     */
    private final Map<String, String> fieldIds = new HashMap<>();
    private final Map<String, String> stepsByStatus = new HashMap<>();
    private final Map<String, Map<String, String>> valuesByOption = new ConcurrentHashMap<>();

    public SetupIds(Map<String, String> ids) {
        this.ids = Collections.unmodifiableMap(new HashMap<>(ids));
        this.ids.forEach((key, id) -> {
            if (key.startsWith(FIELD)) {
                fieldIds.put(key.substring(FIELD.length()), id);
            } else if (key.startsWith(STATUS)) {
                stepsByStatus.putIfAbsent(id, key.substring(STATUS.length()));
            }
        });
    }

    public static SetupIds none() {
        return new SetupIds(Map.of());
    }

    public Map<String, String> asMap() {
        return ids;
    }

    public Optional<String> issueType() {
        return Optional.ofNullable(ids.get(ISSUE_TYPE));
    }

    public Optional<String> field(String fieldKey) {
        return Optional.ofNullable(fieldIds.get(fieldKey));
    }

    /** A field as JQL names it by id: {@code cf[10200]}, so a renamed field still matches. */
    public Optional<String> jqlField(String fieldKey) {
        return field(fieldKey).map(id -> "cf[" + id.replace("customfield_", "") + "]");
    }

    public Optional<Long> option(String fieldKey, String valueId) {
        return Optional.ofNullable(ids.get(OPTION + fieldKey + "." + valueId)).map(Long::valueOf);
    }

    /** The value id a Jira option of a field stands for, if set-up created or adopted it. */
    public Optional<String> valueOfOption(String fieldKey, Long optionId) {
        return Optional.ofNullable(valuesByOption.computeIfAbsent(fieldKey, this::valuesByOptionOf)
                .get(String.valueOf(optionId)));
    }

    private Map<String, String> valuesByOptionOf(String fieldKey) {
        String prefix = OPTION + fieldKey + ".";
        Map<String, String> values = new HashMap<>();
        ids.forEach((key, id) -> {
            if (key.startsWith(prefix)) {
                values.putIfAbsent(id, key.substring(prefix.length()));
            }
        });
        return values;
    }

    public Optional<Long> screen() {
        return Optional.ofNullable(ids.get(SCREEN)).map(Long::valueOf);
    }

    /** The screen to create and edit a case on: every field but the leads' own. */
    public Optional<Long> workerScreen() {
        return Optional.ofNullable(ids.get(WORKER_SCREEN)).map(Long::valueOf);
    }

    public SetupIds withWorkerScreen(Long id) {
        return with(WORKER_SCREEN, String.valueOf(id));
    }

    public Optional<Long> closeScreen() {
        return Optional.ofNullable(ids.get(CLOSE_SCREEN)).map(Long::valueOf);
    }

    public SetupIds withCloseScreen(Long id) {
        return with(CLOSE_SCREEN, String.valueOf(id));
    }

    /** The screen of Found and Back to lead review: "Is anyone still in danger?". */
    public Optional<Long> dangerScreen() {
        return Optional.ofNullable(ids.get(DANGER_SCREEN)).map(Long::valueOf);
    }

    public SetupIds withDangerScreen(Long id) {
        return with(DANGER_SCREEN, String.valueOf(id));
    }

    /** The screen of Report missing: the description for police and the last sighting. */
    public Optional<Long> missingScreen() {
        return Optional.ofNullable(ids.get(MISSING_SCREEN)).map(Long::valueOf);
    }

    public SetupIds withMissingScreen(Long id) {
        return with(MISSING_SCREEN, String.valueOf(id));
    }

    /** The screen of Refer and Record another referral: only what a referral needs. */
    public Optional<Long> referScreen() {
        return Optional.ofNullable(ids.get(REFER_SCREEN)).map(Long::valueOf);
    }

    public SetupIds withReferScreen(Long id) {
        return with(REFER_SCREEN, String.valueOf(id));
    }

    public Optional<Long> screenScheme() {
        return Optional.ofNullable(ids.get(SCREEN_SCHEME)).map(Long::valueOf);
    }

    public Optional<Long> tab(String tabId) {
        return Optional.ofNullable(ids.get(TAB + tabId)).map(Long::valueOf);
    }

    public Optional<String> resolution(String resolutionId) {
        return Optional.ofNullable(ids.get(RESOLUTION + resolutionId));
    }

    /** Which of our resolutions a Jira resolution id stands for, if set-up made or adopted it. */
    public Optional<String> resolutionOf(String jiraId) {
        return ids.entrySet().stream().filter(entry -> entry.getKey().startsWith(RESOLUTION)
                && entry.getValue().equals(jiraId)).map(entry -> entry.getKey().substring(RESOLUTION.length()))
                .findFirst();
    }

    public SetupIds withResolution(String resolutionId, String jiraId) {
        return with(RESOLUTION + resolutionId, jiraId);
    }

    public Optional<String> status(String stepId) {
        return Optional.ofNullable(ids.get(STATUS + stepId));
    }

    /** Which of the workflow's steps a Jira status id stands for, if set-up made or adopted it. */
    public Optional<String> stepOf(String statusId) {
        return Optional.ofNullable(stepsByStatus.get(statusId));
    }

    public SetupIds withStatus(String stepId, String statusId) {
        return with(STATUS + stepId, statusId);
    }

    /** The app's own event, which the referral workflow fires instead of Jira's. */
    public Optional<Long> eventType() {
        return Optional.ofNullable(ids.get(EVENT_TYPE)).map(Long::valueOf);
    }

    public SetupIds withEventType(Long id) {
        return with(EVENT_TYPE, String.valueOf(id));
    }

    /** The app's own issue link type, which links cases that share a marker. */
    public Optional<Long> linkType() {
        return Optional.ofNullable(ids.get(LINK_TYPE)).map(Long::valueOf);
    }

    public SetupIds withLinkType(Long id) {
        return with(LINK_TYPE, String.valueOf(id));
    }

    public Optional<Long> workflowScheme() {
        return Optional.ofNullable(ids.get(WORKFLOW_SCHEME)).map(Long::valueOf);
    }

    public SetupIds withWorkflowScheme(Long id) {
        return with(WORKFLOW_SCHEME, String.valueOf(id));
    }

    public Optional<Long> securityScheme() {
        return Optional.ofNullable(ids.get(SECURITY_SCHEME)).map(Long::valueOf);
    }

    public SetupIds withSecurityScheme(Long id) {
        return with(SECURITY_SCHEME, String.valueOf(id));
    }

    public Optional<Long> securityLevel() {
        return Optional.ofNullable(ids.get(SECURITY_LEVEL)).map(Long::valueOf);
    }

    public SetupIds withSecurityLevel(Long id) {
        return with(SECURITY_LEVEL, String.valueOf(id));
    }

    public SetupIds withScreen(Long id) {
        return with(SCREEN, String.valueOf(id));
    }

    public SetupIds withScreenScheme(Long id) {
        return with(SCREEN_SCHEME, String.valueOf(id));
    }

    public SetupIds withTab(String tabId, Long id) {
        return with(TAB + tabId, String.valueOf(id));
    }

    public SetupIds withIssueType(String id) {
        return with(ISSUE_TYPE, id);
    }

    public SetupIds withField(String fieldKey, String id) {
        return with(FIELD + fieldKey, id);
    }

    public SetupIds withOption(String fieldKey, String valueId, Long optionId) {
        return with(OPTION + fieldKey + "." + valueId, String.valueOf(optionId));
    }

    private SetupIds with(String key, String value) {
        Map<String, String> copy = new HashMap<>(ids);
        copy.put(key, value);
        return new SetupIds(copy);
    }
}
