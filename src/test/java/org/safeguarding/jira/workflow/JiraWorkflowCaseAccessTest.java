package org.safeguarding.jira.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.resolution.Resolution;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;

public class JiraWorkflowCaseAccessTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private CustomFieldManager customFieldManager;
    @Mock
    private MutableIssue issue;
    @Mock
    private CustomField nextReview;
    @Mock
    private Resolution resolution;
    @Mock
    private SetupStore store;

    private JiraWorkflowCaseAccess cases;

    @Before
    public void setUp() {
        when(store.load()).thenReturn(SetupIds.none().withField(CaseFields.NEXT_REVIEW, "customfield_10301")
                .withResolution("lost-contact", "7"));
        cases = new JiraWorkflowCaseAccess(customFieldManager, store);
    }

    @Test
    public void setDate_shouldStoreTheDateAtMidnightInTheRecordedField() {
        when(customFieldManager.getCustomFieldObject("customfield_10301")).thenReturn(nextReview);

        cases.setDate(issue, CaseFields.NEXT_REVIEW, LocalDate.of(2026, 12, 23));

        verify(issue).setCustomFieldValue(nextReview, Timestamp.valueOf("2026-12-23 00:00:00"));
    }

    @Test
    public void setDate_shouldLeaveTheIssueAloneWhenTheFieldWasNeverSetUp() {
        cases.setDate(issue, CaseFields.REFERRED_ON, LocalDate.of(2026, 12, 23));

        verify(issue, never()).setCustomFieldValue(any(), any());
    }

    @Test
    public void resolutionOf_shouldKnowOurResolutionsByTheirRecordedIds() {
        when(issue.getResolution()).thenReturn(resolution);
        when(resolution.getId()).thenReturn("7");

        assertThat(cases.resolutionOf(issue), is(Optional.of(org.safeguarding.referral.Resolution.LOST_CONTACT)));
    }

    @Test
    public void resolutionOf_shouldBeEmptyForNoResolutionOrOneSetUpDidNotMake() {
        assertThat(cases.resolutionOf(issue), is(Optional.empty()));

        when(issue.getResolution()).thenReturn(resolution);
        when(resolution.getId()).thenReturn("1");
        assertThat(cases.resolutionOf(issue), is(Optional.empty()));
    }

    @Test
    public void fieldId_shouldBeTheRecordedCustomFieldId() {
        assertThat(cases.fieldId(CaseFields.NEXT_REVIEW), is(Optional.of("customfield_10301")));
        assertThat(cases.fieldId(CaseFields.CONSENT), is(Optional.empty()));
    }
}
