package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenTab;
import com.atlassian.jira.issue.operation.IssueOperations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.ScreenTab;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.PropertiesTexts;

public class ScreenSetupTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock
    private FieldScreenManager screens;
    @Mock
    private FieldScreenSchemeManager schemes;
    @Mock
    private ScreenObjects objects;
    @Mock
    private FieldScreen screen;
    @Mock
    private FieldScreen workerScreen;
    @Mock
    private FieldScreenScheme scheme;
    @Mock
    private FieldScreenSchemeItem defaultItem;
    @Mock
    private FieldScreenSchemeItem viewItem;
    @Mock
    private FieldScreen closeScreen;
    @Mock
    private FieldScreenTab closeTab;
    @Mock
    private FieldScreen dangerScreen;
    @Mock
    private FieldScreenTab dangerTab;
    @Mock
    private FieldScreen missingScreen;
    @Mock
    private FieldScreenTab missingTab;
    @Mock
    private FieldScreen referScreen;
    @Mock
    private FieldScreenTab referTab;

    private final InMemorySetupStore store = new InMemorySetupStore();
    /** Each screen's tabs, and each tab's fields, by the screen's id. */
    private final Map<Long, List<FieldScreenTab>> tabs = new HashMap<>();
    private final Map<Long, Map<String, List<String>>> fieldsByTab = new HashMap<>();
    private final List<String> closeFields = new ArrayList<>();
    private final List<String> dangerFields = new ArrayList<>();
    private final List<String> missingFields = new ArrayList<>();
    private final List<String> referFields = new ArrayList<>();
    private ScreenSetup setup;

    @Before
    public void setUp() {
        setup = new ScreenSetup(screens, schemes, objects, new PropertiesTexts());
        when(objects.newScreen()).thenReturn(screen, workerScreen, closeScreen, dangerScreen, missingScreen,
                referScreen);
        when(objects.newScheme()).thenReturn(scheme);
        when(objects.newSchemeItem()).thenReturn(defaultItem, viewItem);
        when(scheme.getId()).thenReturn(600L);
        tabbed(screen, 500L, 700L);
        tabbed(workerScreen, 505L, 800L);
        small(closeScreen, 510L, "Close", closeTab, closeFields);
        small(dangerScreen, 515L, "Danger check", dangerTab, dangerFields);
        small(missingScreen, 520L, "Description for police", missingTab, missingFields);
        small(referScreen, 525L, "Referral", referTab, referFields);
        store.save(SetupIds.none()
                .withField(CaseFields.RISK, "customfield_1")
                .withField(CaseFields.IMMEDIATE_DANGER, "customfield_2")
                .withField(CaseFields.AGE_GROUP, "customfield_3")
                .withField(CaseFields.CONSENT, "customfield_4")
                .withField(CaseFields.REFERRAL_ROUTES, "customfield_5")
                .withField(CaseFields.OUTCOME, "customfield_8")
                .withField(CaseFields.RETENTION_REVIEW, "customfield_9")
                .withField(CaseFields.DANGER_CHECK, "customfield_10")
                .withField(CaseFields.HEIGHT, "customfield_11")
                .withField(CaseFields.LAST_SEEN_WHERE, "customfield_12")
                .withField(CaseFields.REFERRAL_REFERENCE, "customfield_13"));
    }

    /** A transition's own screen with one tab, whose fields the list keeps in the order added. */
    private static void small(FieldScreen small, long id, String tabName, FieldScreenTab tab, List<String> fields) {
        when(small.getId()).thenReturn(id);
        when(small.getTabs()).thenReturn(List.of());
        when(small.addTab(tabName)).thenReturn(tab);
        when(small.containsField(anyString())).thenAnswer(call -> fields.contains(call.getArgument(0)));
        doAnswer(call -> fields.add(call.getArgument(0))).when(tab).addFieldScreenLayoutItem(anyString());
    }

    @Test
    public void ensure_shouldCreateTheScreenWithItsTabsInOrderAndEachFieldOnItsTab() {
        setup.ensure(new SetupRecorder(store));

        verify(screen).setName("Safeguarding concern screen");
        verify(screen).store();
        assertThat(tabs.get(500L).stream().map(FieldScreenTab::getName).toList(),
                contains("Concern", "Screening", "Person & description", "Consent & referral"));
        assertThat(fieldsByTab.get(500L).get("Concern"),
                contains("summary", "customfield_1", "customfield_2", "customfield_10", "description",
                        "assignee"));
        assertThat(fieldsByTab.get(500L).get("Person & description"), contains("customfield_3", "customfield_11",
                "customfield_12"));
        assertThat(fieldsByTab.get(500L).get("Consent & referral"), contains("customfield_4", "customfield_5",
                "customfield_13", "customfield_8", "customfield_9"));
        assertThat(store.load().screen(), equalTo(Optional.of(500L)));
        assertThat(store.load().tab(ScreenTab.SCREENING.id()), equalTo(Optional.of(701L)));
    }

    @Test
    public void ensure_shouldCreateTheWorkerScreenWithEveryFieldButTheLeadsOwn() {
        setup.ensure(new SetupRecorder(store));

        verify(workerScreen).setName("Safeguarding concern: raise and update");
        assertThat(tabs.get(505L).stream().map(FieldScreenTab::getName).toList(),
                contains("Concern", "Screening", "Person & description", "Consent & referral"));
        assertThat(fieldsByTab.get(505L).get("Person & description"), contains("customfield_3", "customfield_11",
                "customfield_12"));
        // Consent is the worker's to record; the routes and the retention review date are the leads' steps'.
        assertThat(fieldsByTab.get(505L).get("Consent & referral"), contains("customfield_4"));
        assertThat(store.load().workerScreen(), equalTo(Optional.of(505L)));
        assertThat(store.load().tab(ScreenSetup.WORKER_TABS + ScreenTab.SCREENING.id()), equalTo(Optional.of(801L)));
    }

    @Test
    public void ensure_shouldCreateAndEditOnTheWorkerScreenAndViewOnTheFullOne() {
        setup.ensure(new SetupRecorder(store));

        verify(scheme).setName("Safeguarding concern screen scheme");
        verify(defaultItem).setIssueOperation(null);
        verify(defaultItem).setFieldScreen(workerScreen);
        verify(viewItem).setIssueOperation(IssueOperations.VIEW_ISSUE_OPERATION);
        verify(viewItem).setFieldScreen(screen);
        verify(scheme).addFieldScreenSchemeItem(defaultItem);
        verify(scheme).addFieldScreenSchemeItem(viewItem);
        assertThat(store.load().screenScheme(), equalTo(Optional.of(600L)));
    }

    @Test
    public void ensure_shouldMoveCreateAndEditOfAnEarlierInstallOffTheFullScreenKeepingViewOnIt() {
        store.save(store.load().withScreen(500L).withScreenScheme(600L));
        when(screens.getFieldScreen(500L)).thenReturn(screen);
        when(objects.newScreen()).thenReturn(workerScreen, closeScreen, dangerScreen, missingScreen, referScreen);
        when(schemes.getFieldScreenScheme(600L)).thenReturn(scheme);
        FieldScreenSchemeItem earlierDefault = mock(FieldScreenSchemeItem.class);
        when(earlierDefault.getFieldScreen()).thenReturn(screen);
        when(scheme.getFieldScreenSchemeItem(isNull())).thenReturn(earlierDefault);

        setup.ensure(new SetupRecorder(store));

        verify(earlierDefault).setFieldScreen(workerScreen);
        verify(schemes).updateFieldScreenSchemeItem(earlierDefault);
        verify(viewItem, never()).setFieldScreen(any());
        verify(defaultItem).setIssueOperation(IssueOperations.VIEW_ISSUE_OPERATION);
        verify(defaultItem).setFieldScreen(screen);
    }

    @Test
    public void ensure_shouldLeaveAFieldWhereAnAdminMovedIt() {
        fieldsByTab.get(500L).put("Elsewhere", new ArrayList<>(List.of("customfield_3")));

        setup.ensure(new SetupRecorder(store));

        assertThat(fieldsByTab.get(500L).containsKey("Person & description"), equalTo(true));
        assertThat(fieldsByTab.get(500L).get("Person & description").contains("customfield_3"), equalTo(false));
    }

    @Test
    public void ensure_shouldCreateNothingTheSecondTime() {
        setup.ensure(new SetupRecorder(store));
        when(screens.getFieldScreen(500L)).thenReturn(screen);
        when(screens.getFieldScreen(505L)).thenReturn(workerScreen);
        when(screens.getFieldScreen(510L)).thenReturn(closeScreen);
        when(screens.getFieldScreen(515L)).thenReturn(dangerScreen);
        when(screens.getFieldScreen(520L)).thenReturn(missingScreen);
        when(screens.getFieldScreen(525L)).thenReturn(referScreen);
        when(schemes.getFieldScreenScheme(600L)).thenReturn(scheme);
        when(defaultItem.getFieldScreen()).thenReturn(workerScreen);
        when(scheme.getFieldScreenSchemeItem(isNull())).thenReturn(defaultItem);
        when(scheme.getFieldScreenSchemeItem(IssueOperations.VIEW_ISSUE_OPERATION)).thenReturn(viewItem);
        SetupRecorder again = new SetupRecorder(store);

        setup.ensure(again);

        assertThat(again.report().created(), equalTo(List.of()));
        assertThat(tabs.get(500L).size(), equalTo(4));
        assertThat(tabs.get(505L).size(), equalTo(4));
        verify(objects, times(6)).newScreen();
        verify(objects).newScheme();
        verify(schemes, never()).updateFieldScreenSchemeItem(any());
    }

    @Test
    public void ensure_shouldCreateTheCloseScreenWithTheResolutionTheOutcomeAndTheRetentionReviewDate() {
        setup.ensure(new SetupRecorder(store));

        verify(closeScreen).setName("Safeguarding close screen");
        verify(closeScreen).store();
        assertThat(closeFields, contains("resolution", "customfield_8", "customfield_9"));
        verify(screens).updateFieldScreenTab(closeTab);
        assertThat(store.load().closeScreen(), equalTo(Optional.of(510L)));
    }

    @Test
    public void ensure_shouldCreateTheDangerCheckScreenWithItsOneQuestion() {
        setup.ensure(new SetupRecorder(store));

        verify(dangerScreen).setName("Safeguarding danger check screen");
        assertThat(dangerFields, contains("customfield_10"));
        verify(screens).updateFieldScreenTab(dangerTab);
        assertThat(store.load().dangerScreen(), equalTo(Optional.of(515L)));
    }

    /** Report missing asks the description first, and nothing else while the police wait. */
    @Test
    public void ensure_shouldCreateReportMissingsScreenWithTheDescriptionForPoliceOnly() {
        setup.ensure(new SetupRecorder(store));

        verify(missingScreen).setName("Safeguarding missing person screen");
        assertThat(missingFields, contains("customfield_11", "customfield_12"));
        assertThat(store.load().missingScreen(), equalTo(Optional.of(520L)));
    }

    /** Refer asks only what a referral's rules read and what it records, in the case's order. */
    @Test
    public void ensure_shouldCreateRefersScreenWithOnlyWhatAReferralNeeds() {
        setup.ensure(new SetupRecorder(store));

        verify(referScreen).setName("Safeguarding referral screen");
        assertThat(referFields, contains("customfield_3", "customfield_4", "customfield_5", "customfield_13"));
        assertThat(store.load().referScreen(), equalTo(Optional.of(525L)));
    }

    @Test
    public void ensure_shouldKeepTheDefaultScreenAnAdminChose() {
        FieldScreenSchemeItem chosen = mock(FieldScreenSchemeItem.class);
        FieldScreen theirs = mock(FieldScreen.class);
        when(theirs.getId()).thenReturn(900L);
        when(chosen.getFieldScreen()).thenReturn(theirs);
        when(scheme.getFieldScreenSchemeItem(isNull())).thenReturn(chosen);

        setup.ensure(new SetupRecorder(store));

        verify(chosen, never()).setFieldScreen(any());
        verify(schemes, never()).updateFieldScreenSchemeItem(any());
    }

    /** A screen whose tabs, made from the given id on, record the fields put on them. */
    private void tabbed(FieldScreen which, long id, long firstTabId) {
        List<FieldScreenTab> itsTabs = tabs.computeIfAbsent(id, key -> new ArrayList<>());
        Map<String, List<String>> itsFields = fieldsByTab.computeIfAbsent(id, key -> new HashMap<>());
        when(which.getId()).thenReturn(id);
        when(which.getTabs()).thenReturn(itsTabs);
        when(which.addTab(anyString())).thenAnswer(call -> {
            FieldScreenTab tab = mock(FieldScreenTab.class);
            lenient().when(tab.getName()).thenReturn(call.getArgument(0));
            lenient().when(tab.getId()).thenReturn(firstTabId + itsTabs.size());
            List<String> fields = itsFields.computeIfAbsent(call.getArgument(0), key -> new ArrayList<>());
            doAnswer(added -> fields.add(added.getArgument(0))).when(tab).addFieldScreenLayoutItem(anyString());
            itsTabs.add(tab);
            return tab;
        });
        when(which.containsField(anyString())).thenAnswer(call -> itsFields.values().stream()
                .anyMatch(fields -> fields.contains(call.<String>getArgument(0))));
    }
}
