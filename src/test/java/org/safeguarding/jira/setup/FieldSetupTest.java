package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;
import org.junit.Test;
import org.ofbiz.core.entity.GenericEntityException;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Nation;

public class FieldSetupTest {
    private static final CaseField NATION = CaseFields.byKey(CaseFields.NATION).orElseThrow();
    private static final CaseField LANGUAGE = CaseFields.byKey(CaseFields.LANGUAGE).orElseThrow();
    private static final String SELECT = "com.atlassian.jira.plugin.system.customfieldtypes:select";

    private final FakeJiraFields jira = new FakeJiraFields();
    private final InMemorySetupStore store = new InMemorySetupStore();
    private final IssueType concern = mock(IssueType.class);
    private final FieldSetup setup = new FieldSetup(jira.customFieldManager, jira.optionsManager, new PropertiesTexts());

    @Test
    public void ensure_shouldCreateAFieldForSafeguardingConcernsWithItsSearcherAndEveryOption() throws Exception {
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(NATION, concern, recorder);

        verify(jira.customFieldManager).createCustomField(eq("Nation where the concern is raised"),
                eq("Support services and timescales differ between England and Wales, Scotland and Northern Ireland."),
                any(), any(), eq(List.of(GlobalIssueContext.getInstance())), eq(List.of(concern)));
        verify(jira.customFieldManager).getCustomFieldSearcher(
                "com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher");
        CustomField created = jira.fields.values().iterator().next();
        assertThat(jira.optionLabels(created), contains("England", "Wales", "Scotland", "Northern Ireland"));
        assertThat(store.load().field(CaseFields.NATION), equalTo(java.util.Optional.of(created.getId())));
        assertThat(store.load().option(CaseFields.NATION, Nation.SCOTLAND.id()).isPresent(), is(true));
    }

    @Test
    public void ensure_shouldCreateATextFieldWithoutOptions() throws Exception {
        setup.ensure(LANGUAGE, concern, new SetupRecorder(store));

        verify(jira.customFieldManager).getCustomFieldType("com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        verify(jira.optionsManager, never()).createOption(any(), any(), any(), anyString());
    }

    @Test
    public void ensure_shouldNotCreateAgainWhatItRecorded() throws Exception {
        setup.ensure(NATION, concern, new SetupRecorder(store));
        int savesAfterFirstRun = store.saves();

        SetupRecorder again = new SetupRecorder(store);
        setup.ensure(NATION, concern, again);

        assertThat(jira.fields.values(), hasSize(1));
        assertThat(jira.optionLabels(jira.fields.values().iterator().next()), hasSize(4));
        assertThat(again.report().created(), empty());
        assertThat(store.saves(), is(savesAfterFirstRun));
    }

    @Test
    public void ensure_shouldAdoptAFieldOfTheSameNameAndTypeWhenTheRecordIsLost() throws Exception {
        CustomField existing = jira.add("Nation where the concern is raised", SELECT);
        jira.addOption(existing, "England");

        setup.ensure(NATION, concern, new SetupRecorder(store));

        verify(jira.customFieldManager, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(),
                anyList());
        assertThat(store.load().field(CaseFields.NATION), equalTo(java.util.Optional.of(existing.getId())));
        assertThat(jira.optionLabels(existing), contains("England", "Wales", "Scotland", "Northern Ireland"));
    }

    @Test
    public void ensure_shouldNotAdoptAFieldOfTheSameNameButAnotherType() throws Exception {
        jira.add("Nation where the concern is raised", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");

        setup.ensure(NATION, concern, new SetupRecorder(store));

        assertThat(jira.fields.values(), hasSize(2));
    }

    @Test
    public void ensure_shouldKeepAnOptionAnAdminRenamed() throws Exception {
        CaseField consent = CaseFields.byKey(CaseFields.CONSENT).orElseThrow();
        setup.ensure(consent, concern, new SetupRecorder(store));
        CustomField field = jira.fields.values().iterator().next();
        Long givenId = store.load().option(CaseFields.CONSENT, Consent.GIVEN.id()).orElseThrow();
        jira.options.values().iterator().next().removeIf(option -> option.getOptionId().equals(givenId));
        jira.options.values().iterator().next().add(0, renamed(givenId, "Yes, referral agreed"));

        setup.ensure(consent, concern, new SetupRecorder(store));

        assertThat("one option each, the renamed one kept", jira.optionLabels(field), hasSize(Consent.values().length));
    }

    @Test
    public void ensure_shouldReportAFieldJiraRefusesAndKeepWhatWasMade() throws Exception {
        doThrow(new GenericEntityException("database unavailable")).when(jira.customFieldManager)
                .createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(NATION, concern, recorder);

        assertThat(recorder.report().problems(), contains(
                "field Nation where the concern is raised could not be created: database unavailable"));
        assertThat(store.load().field(CaseFields.NATION).isPresent(), is(false));
    }

    private static com.atlassian.jira.issue.customfields.option.Option renamed(Long id, String label) {
        com.atlassian.jira.issue.customfields.option.Option option =
                mock(com.atlassian.jira.issue.customfields.option.Option.class);
        when(option.getOptionId()).thenReturn(id);
        when(option.getValue()).thenReturn(label);
        return option;
    }
}
