package org.safeguarding.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.web.Texts;

/**
 * Makes sure the Safeguarding concern screen exists with its four tabs (Concern, Screening, Person & description,
 * Consent & referral) and every case field on it, and a screen scheme that uses it. Each field is added only if it
 * is on none of the screen's tabs, so a field an admin moved stays where they put it; nothing is removed. Also the
 * small screen of the workflow's Close transition.
 */
@Named
public class ScreenSetup {
    /** Jira's own fields on the Concern tab: the summary is required to create an issue. */
    static final List<String> CONCERN_SYSTEM_FIELDS = List.of("summary", "description", "assignee");
    static final String RESOLUTION = "resolution";

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
        for (ScreenTab tab : ScreenTab.values()) {
            FieldScreenTab screenTab = tab(screen, tab, recorder);
            List<String> added = new ArrayList<>();
            for (String fieldId : fieldIds(tab, recorder.ids())) {
                if (!screen.containsField(fieldId)) {
                    screenTab.addFieldScreenLayoutItem(fieldId);
                    added.add(fieldId);
                }
            }
            if (!added.isEmpty()) {
                screens.updateFieldScreenTab(screenTab);
                recorder.created(added.size() + " fields on tab " + screenTab.getName(), ids -> ids);
            }
        }
        scheme(screen, recorder);
        closeScreen(recorder);
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
     * The Close transition's screen: the resolution (Jira makes it required there) and the retention review date,
     * the two things closing needs; Jira adds the comment box to every transition screen.
     */
    private void closeScreen(SetupRecorder recorder) {
        FieldScreen close = screen("safeguarding.close-screen.name", "safeguarding.close-screen.description",
                recorder.ids().closeScreen(), SetupIds::withCloseScreen, recorder);
        List<String> fieldIds = new ArrayList<>(List.of(RESOLUTION));
        recorder.ids().field(CaseFields.RETENTION_REVIEW).ifPresent(fieldIds::add);
        fieldIds.removeIf(close::containsField);
        if (fieldIds.isEmpty()) {
            return;
        }
        FieldScreenTab tab = close.getTabs().isEmpty() ? close.addTab(texts.text("safeguarding.close-screen.tab"))
                : close.getTabs().get(0);
        fieldIds.forEach(tab::addFieldScreenLayoutItem);
        screens.updateFieldScreenTab(tab);
        recorder.created(fieldIds.size() + " fields on the close screen", ids -> ids);
    }

    private FieldScreenTab tab(FieldScreen screen, ScreenTab tab, SetupRecorder recorder) {
        String name = texts.text(tab.labelKey());
        Optional<Long> recorded = recorder.ids().tab(tab.id());
        Optional<FieldScreenTab> existing = screen.getTabs().stream()
                .filter(candidate -> recorded.map(candidate.getId()::equals).orElse(name.equals(candidate.getName())))
                .findFirst();
        if (existing.isPresent()) {
            recorder.found("tab " + name, ids -> ids.withTab(tab.id(), existing.get().getId()));
            return existing.get();
        }
        FieldScreenTab created = screen.addTab(name);
        recorder.created("tab " + name, ids -> ids.withTab(tab.id(), created.getId()));
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

    private void scheme(FieldScreen screen, SetupRecorder recorder) {
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
        if (scheme.getFieldScreenSchemeItem(null) == null) {
            FieldScreenSchemeItem defaultItem = objects.newSchemeItem();
            defaultItem.setIssueOperation(null);
            defaultItem.setFieldScreen(screen);
            scheme.addFieldScreenSchemeItem(defaultItem);
            schemes.updateFieldScreenScheme(scheme);
            recorder.created("default screen of " + name, ids -> ids);
        }
    }
}
