package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.issue.operation.ScreenableIssueOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.ScreenTab;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.Texts;

/**
 * Makes sure the Safeguarding concern screens exist with their four tabs (Concern, Screening, Person & description,
 * Consent & referral): the full screen, with every case field, to view a case and for the leads' Refer transitions;
 * and the worker screen, with every field but the leads' own ({@link CaseFields#LEAD_ONLY}), to create and edit one
 * and to report someone missing. The screen scheme views on the first and creates and edits on the second. Each field
 * is added only if it is on none of the screen's tabs, so a field an admin moved stays where they put it; nothing is
 * removed. Also the small screens of the workflow's Close transition and of its danger check.
 */
@Named
public class ScreenSetup {
    /** Jira's own fields on the Concern tab: the summary is required to create an issue. */
    static final List<String> CONCERN_SYSTEM_FIELDS = List.of("summary", "description", "assignee");
    static final String RESOLUTION = "resolution";
    /** Where the worker screen's tabs are recorded, apart from the full screen's. */
    static final String WORKER_TABS = "worker.";

    private final FieldScreenManager screens;
    private final FieldScreenSchemeManager schemes;
    private final ScreenObjects objects;
    private final Texts texts;

    @Inject
    public ScreenSetup(FieldScreenManager screens, FieldScreenSchemeManager schemes, ScreenObjects objects,
                       Texts texts) {
        this.screens = screens;
        this.schemes = schemes;
        this.objects = objects;
        this.texts = texts;
    }

    void ensure(SetupRecorder recorder) {
        FieldScreen screen = screen("safeguarding.screen.name", "safeguarding.screen.description",
                recorder.ids().screen(), SetupIds::withScreen, recorder);
        fill(screen, "", field -> true, recorder);
        FieldScreen workerScreen = screen("safeguarding.worker-screen.name", "safeguarding.worker-screen.description",
                recorder.ids().workerScreen(), SetupIds::withWorkerScreen, recorder);
        fill(workerScreen, WORKER_TABS, fieldId -> !leadOnly(fieldId, recorder.ids()), recorder);
        scheme(screen, workerScreen, recorder);
        smallScreen(new SmallScreen("close", recorder.ids().closeScreen(), SetupIds::withCloseScreen),
                closeFields(recorder.ids()), recorder);
        smallScreen(new SmallScreen("danger", recorder.ids().dangerScreen(), SetupIds::withDangerScreen),
                recorder.ids().field(CaseFields.DANGER_CHECK).stream().toList(), recorder);
        smallScreen(new SmallScreen("missing", recorder.ids().missingScreen(), SetupIds::withMissingScreen),
                fieldIds(CaseFields.MISSING_SCREEN, recorder.ids()), recorder);
        smallScreen(new SmallScreen("refer", recorder.ids().referScreen(), SetupIds::withReferScreen),
                fieldIds(CaseFields.REFER_SCREEN, recorder.ids()), recorder);
    }

    /** Jira's ids of the case fields set-up has made, in the order given. */
    private static List<String> fieldIds(List<String> fieldKeys, SetupIds ids) {
        return fieldKeys.stream().map(ids::field).flatMap(Optional::stream).toList();
    }

    /**
     * A transition's own small screen, with the fields it needs on one tab; Jira adds the comment box to every
     * transition screen.
     *
     * @param name the screen's name in the i18n keys: {@code safeguarding.<name>-screen.name}, {@code .description}
     *             and {@code .tab}
     */
    private record SmallScreen(String name, Optional<Long> recorded, BiFunction<SetupIds, Long, SetupIds> record) {
        String key(String part) {
            return "safeguarding." + name + "-screen." + part;
        }
    }

    /** Puts each field that passes on its tab, unless it is on the screen already (an admin may have moved it). */
    private void fill(FieldScreen screen, String tabPrefix, Predicate<String> shown, SetupRecorder recorder) {
        for (ScreenTab tab : ScreenTab.values()) {
            FieldScreenTab screenTab = tab(screen, tabPrefix, tab, recorder);
            List<String> added = new ArrayList<>();
            for (String fieldId : fieldIds(tab, recorder.ids())) {
                if (shown.test(fieldId) && !screen.containsField(fieldId)) {
                    screenTab.addFieldScreenLayoutItem(fieldId);
                    added.add(fieldId);
                }
            }
            if (!added.isEmpty()) {
                screens.updateFieldScreenTab(screenTab);
                recorder.created(added.size() + " fields on tab " + screenTab.getName() + " of " + screen.getName(),
                        ids -> ids);
            }
        }
    }

    private static boolean leadOnly(String fieldId, SetupIds ids) {
        return CaseFields.LEAD_ONLY.stream().map(ids::field).anyMatch(Optional.of(fieldId)::equals);
    }

    /** A screen found by recorded id or by name, else made with that name and description. */
    private FieldScreen screen(String nameKey, String descriptionKey, Optional<Long> recorded,
                               BiFunction<SetupIds, Long, SetupIds> record, SetupRecorder recorder) {
        String name = texts.text(nameKey);
        Optional<FieldScreen> existing = recorded.map(screens::getFieldScreen)
                .or(() -> screens.getFieldScreens().stream().filter(screen -> name.equals(screen.getName()))
                        .findFirst());
        if (existing.isPresent()) {
            recorder.found("screen " + name, ids -> record.apply(ids, existing.get().getId()));
            return existing.get();
        }
        FieldScreen screen = objects.newScreen();
        screen.setName(name);
        screen.setDescription(texts.text(descriptionKey));
        screen.store();
        recorder.created("screen " + name, ids -> record.apply(ids, screen.getId()));
        return screen;
    }

    /**
     * The Close transition's fields: the resolution (Jira makes it required there), the outcome in the lead's words and
     * the retention review date, the things closing needs.
     */
    private static List<String> closeFields(SetupIds ids) {
        List<String> fieldIds = new ArrayList<>(List.of(RESOLUTION));
        ids.field(CaseFields.OUTCOME).ifPresent(fieldIds::add);
        ids.field(CaseFields.RETENTION_REVIEW).ifPresent(fieldIds::add);
        return fieldIds;
    }

    /** Makes or finds the screen, and adds each of its fields that is not on it yet. */
    private void smallScreen(SmallScreen small, List<String> fields, SetupRecorder recorder) {
        FieldScreen screen = screen(small.key("name"), small.key("description"), small.recorded(), small.record(),
                recorder);
        List<String> fieldIds = new ArrayList<>(fields);
        fieldIds.removeIf(screen::containsField);
        if (fieldIds.isEmpty()) {
            return;
        }
        FieldScreenTab tab = screen.getTabs().isEmpty() ? screen.addTab(texts.text(small.key("tab")))
                : screen.getTabs().get(0);
        fieldIds.forEach(tab::addFieldScreenLayoutItem);
        screens.updateFieldScreenTab(tab);
        recorder.created(fieldIds.size() + " fields on the " + small.name() + " screen", ids -> ids);
    }

    /** @param prefix before the tab's id where its Jira id is recorded: the worker screen's tabs are its own */
    private FieldScreenTab tab(FieldScreen screen, String prefix, ScreenTab tab, SetupRecorder recorder) {
        String name = texts.text(tab.labelKey());
        String recordedAs = prefix + tab.id();
        Optional<Long> recorded = recorder.ids().tab(recordedAs);
        Optional<FieldScreenTab> existing = screen.getTabs().stream()
                .filter(candidate -> recorded.map(candidate.getId()::equals).orElse(name.equals(candidate.getName())))
                .findFirst();
        if (existing.isPresent()) {
            recorder.found("tab " + name, ids -> ids.withTab(recordedAs, existing.get().getId()));
            return existing.get();
        }
        FieldScreenTab created = screen.addTab(name);
        recorder.created("tab " + name + " of " + screen.getName(), ids -> ids.withTab(recordedAs, created.getId()));
        return created;
    }

    private static List<String> fieldIds(ScreenTab tab, SetupIds ids) {
        List<String> fieldIds = new ArrayList<>();
        if (tab == ScreenTab.CONCERN) {
            fieldIds.add(CONCERN_SYSTEM_FIELDS.get(0));
            ids.field(CaseFields.RISK).ifPresent(fieldIds::add);
        }
        CaseFields.ALL.stream().filter(field -> field.tab() == tab)
                .forEach(field -> ids.field(field.key()).ifPresent(fieldIds::add));
        if (tab == ScreenTab.CONCERN) {
            fieldIds.addAll(CONCERN_SYSTEM_FIELDS.subList(1, CONCERN_SYSTEM_FIELDS.size()));
        }
        return fieldIds;
    }

    /** The scheme: cases created and edited on the worker screen, viewed on the full one. */
    private void scheme(FieldScreen screen, FieldScreen workerScreen, SetupRecorder recorder) {
        String name = texts.text("safeguarding.screen-scheme.name");
        Optional<FieldScreenScheme> existing = recorder.ids().screenScheme().map(schemes::getFieldScreenScheme)
                .or(() -> schemes.getFieldScreenSchemes().stream().filter(scheme -> name.equals(scheme.getName()))
                        .findFirst());
        FieldScreenScheme scheme;
        if (existing.isPresent()) {
            scheme = existing.get();
            recorder.found("screen scheme " + name, ids -> ids.withScreenScheme(scheme.getId()));
        } else {
            scheme = objects.newScheme();
            scheme.setName(name);
            scheme.setDescription(texts.text("safeguarding.screen-scheme.description"));
            scheme.store();
            recorder.created("screen scheme " + name, ids -> ids.withScreenScheme(scheme.getId()));
        }
        FieldScreenSchemeItem defaultItem = scheme.getFieldScreenSchemeItem(null);
        if (defaultItem == null) {
            item(scheme, null, workerScreen, "default screen of " + name, recorder);
        } else if (defaultItem.getFieldScreen() != null
                && screen.getId().equals(defaultItem.getFieldScreen().getId())) {
            // Earlier versions created and edited cases on the full screen: move that to the worker screen, and
            // leave a default an admin chose alone.
            defaultItem.setFieldScreen(workerScreen);
            schemes.updateFieldScreenSchemeItem(defaultItem);
            recorder.created("worker screen as the default of " + name, ids -> ids);
        }
        if (scheme.getFieldScreenSchemeItem(IssueOperations.VIEW_ISSUE_OPERATION) == null) {
            item(scheme, IssueOperations.VIEW_ISSUE_OPERATION, screen, "view screen of " + name, recorder);
        }
    }

    private void item(FieldScreenScheme scheme, ScreenableIssueOperation operation, FieldScreen screen, String what,
                      SetupRecorder recorder) {
        FieldScreenSchemeItem item = objects.newSchemeItem();
        item.setIssueOperation(operation);
        item.setFieldScreen(screen);
        scheme.addFieldScreenSchemeItem(item);
        schemes.updateFieldScreenScheme(scheme);
        recorder.created(what, ids -> ids);
    }
}
