package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
import org.safeguarding.jira.web.PropertiesTexts;

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
    private FieldScreenScheme scheme;
    @Mock
    private FieldScreenSchemeItem defaultItem;
    @Mock
    private FieldScreen closeScreen;
    @Mock
    private FieldScreenTab closeTab;

    private final InMemorySetupStore store = new InMemorySetupStore();
    private final List<FieldScreenTab> tabs = new ArrayList<>();
    private final Map<String, List<String>> fieldsByTab = new HashMap<>();
    private final List<String> closeFields = new ArrayList<>();
    private ScreenSetup setup;

    @Before
    public void setUp() {
        setup = new ScreenSetup(screens, schemes, objects, new PropertiesTexts());
        when(objects.newScreen()).thenReturn(screen, closeScreen);
        when(objects.newScheme()).thenReturn(scheme);
        when(objects.newSchemeItem()).thenReturn(defaultItem);
        when(screen.getId()).thenReturn(500L);
        when(scheme.getId()).thenReturn(600L);
        when(screen.getTabs()).thenReturn(tabs);
        when(screen.addTab(anyString())).thenAnswer(call -> tab(call.getArgument(0), 700L + tabs.size()));
        when(screen.containsField(anyString())).thenAnswer(call -> fieldsByTab.values().stream()
                .anyMatch(fields -> fields.contains(call.<String>getArgument(0))));
        when(closeScreen.getId()).thenReturn(510L);
        when(closeScreen.getTabs()).thenReturn(List.of());
        when(closeScreen.addTab("Close")).thenReturn(closeTab);
        when(closeScreen.containsField(anyString())).thenAnswer(call -> closeFields.contains(call.getArgument(0)));
        doAnswer(call -> closeFields.add(call.getArgument(0))).when(closeTab).addFieldScreenLayoutItem(anyString());
        store.save(SetupIds.none()
                .withField(CaseFields.RISK, "customfield_1")
                .withField(CaseFields.IMMEDIATE_DANGER, "customfield_2")
                .withField(CaseFields.AGE_GROUP, "customfield_3")
                .withField(CaseFields.CONSENT, "customfield_4")
                .withField(CaseFields.RETENTION_REVIEW, "customfield_9"));
    }

    @Test
    public void ensure_shouldCreateTheScreenWithItsTabsInOrderAndEachFieldOnItsTab() {
        setup.ensure(new SetupRecorder(store));

        verify(screen).setName("Safeguarding concern screen");
        verify(screen).store();
        assertThat(tabs.stream().map(FieldScreenTab::getName).toList(),
                contains("Concern", "Screening", "Person & description", "Consent & referral"));
        assertThat(fieldsByTab.get("Concern"),
                contains("summary", "customfield_1", "customfield_2", "description", "assignee"));
        assertThat(fieldsByTab.get("Person & description"), contains("customfield_3"));
        assertThat(fieldsByTab.get("Consent & referral"), contains("customfield_4", "customfield_9"));
        assertThat(store.load().screen(), equalTo(Optional.of(500L)));
        assertThat(store.load().tab(ScreenTab.SCREENING.id()), equalTo(Optional.of(701L)));
    }

    @Test
    public void ensure_shouldCreateAScreenSchemeThatUsesTheScreenByDefault() {
        setup.ensure(new SetupRecorder(store));

        verify(scheme).setName("Safeguarding concern screen scheme");
        verify(defaultItem).setIssueOperation(null);
        verify(defaultItem).setFieldScreen(screen);
        verify(scheme).addFieldScreenSchemeItem(defaultItem);
        verify(schemes).updateFieldScreenScheme(scheme);
        assertThat(store.load().screenScheme(), equalTo(Optional.of(600L)));
    }

    @Test
    public void ensure_shouldLeaveAFieldWhereAnAdminMovedIt() {
        fieldsByTab.put("Elsewhere", new ArrayList<>(List.of("customfield_3")));

        setup.ensure(new SetupRecorder(store));

        assertThat(fieldsByTab.containsKey("Person & description"), equalTo(true));
        assertThat(fieldsByTab.get("Person & description").contains("customfield_3"), equalTo(false));
    }

    @Test
    public void ensure_shouldCreateNothingTheSecondTime() {
        setup.ensure(new SetupRecorder(store));
        when(screens.getFieldScreen(500L)).thenReturn(screen);
        when(screens.getFieldScreen(510L)).thenReturn(closeScreen);
        when(schemes.getFieldScreenScheme(600L)).thenReturn(scheme);
        when(scheme.getFieldScreenSchemeItem(isNull())).thenReturn(defaultItem);
        SetupRecorder again = new SetupRecorder(store);

        setup.ensure(again);

        assertThat(again.report().created(), equalTo(List.of()));
        assertThat(tabs.size(), equalTo(4));
        verify(objects, times(2)).newScreen();
        verify(objects).newScheme();
    }

    @Test
    public void ensure_shouldCreateTheCloseScreenWithTheResolutionAndTheRetentionReviewDate() {
        setup.ensure(new SetupRecorder(store));

        verify(closeScreen).setName("Safeguarding close screen");
        verify(closeScreen).store();
        assertThat(closeFields, contains("resolution", "customfield_9"));
        verify(screens).updateFieldScreenTab(closeTab);
        assertThat(store.load().closeScreen(), equalTo(Optional.of(510L)));
    }

    @Test
    public void ensure_shouldKeepTheDefaultScreenAnAdminChose() {
        when(scheme.getFieldScreenSchemeItem(isNull())).thenReturn(mock(FieldScreenSchemeItem.class));

        setup.ensure(new SetupRecorder(store));

        verify(objects, never()).newSchemeItem();
    }

    private FieldScreenTab tab(String name, long id) {
        FieldScreenTab tab = mock(FieldScreenTab.class);
        lenient().when(tab.getName()).thenReturn(name);
        lenient().when(tab.getId()).thenReturn(id);
        List<String> fields = fieldsByTab.computeIfAbsent(name, key -> new ArrayList<>());
        doAnswer(call -> fields.add(call.getArgument(0))).when(tab)
                .addFieldScreenLayoutItem(anyString());
        tabs.add(tab);
        return tab;
    }
}
