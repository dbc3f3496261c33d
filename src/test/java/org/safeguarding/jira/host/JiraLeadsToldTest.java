package org.safeguarding.jira.host;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.IssueManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.LeadAlert;
import org.safeguarding.referral.LeadsTold;

public class JiraLeadsToldTest {
    private static final LeadsTold TOLD = new LeadsTold(LeadAlert.MISSING, Instant.parse("2026-12-01T14:02:00Z"),
            List.of("Sam Lead", "Ola Lead"));
    private static final String STORED = "{\"alert\":\"missing\",\"at\":\"2026-12-01T14:02:00Z\","
            + "\"leads\":[\"Sam Lead\",\"Ola Lead\"]}";

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private JsonEntityPropertyManager properties;
    @Mock
    private IssueManager issues;
    @Mock
    private MutableIssue issue;

    private JiraLeadsTold leadsTold;

    @Before
    public void setUp() {
        when(issue.getId()).thenReturn(10400L);
        leadsTold = new JiraLeadsTold(properties, issues);
    }

    @Test
    public void record_shouldKeepOnlyWhatHappenedWhenAndWhomItToldOnTheIssue() {
        leadsTold.record(issue, TOLD);

        verify(properties).put("IssueProperty", 10400L, JiraLeadsTold.KEY, STORED);
    }

    @Test
    public void record_shouldNotStopTheTransitionWhenJiraCannotKeepIt() {
        doThrow(new IllegalStateException("database down")).when(properties)
                .put(anyString(), anyLong(), anyString(), anyString());

        leadsTold.record(issue, TOLD);

        verify(properties).put("IssueProperty", 10400L, JiraLeadsTold.KEY, STORED);
    }

    @Test
    public void record_shouldNotStopTheTransitionOnAJiraWithoutThePropertyApi() {
        doThrow(new NoSuchMethodError("put")).when(properties).put(anyString(), anyLong(), anyString(), anyString());

        leadsTold.record(issue, TOLD);

        verify(properties).put("IssueProperty", 10400L, JiraLeadsTold.KEY, STORED);
    }

    @Test
    public void latest_shouldReadBackWhatWasRecorded() {
        storedAs(STORED);

        assertThat(leadsTold.latest("SG-12"), equalTo(Optional.of(TOLD)));
    }

    @Test
    public void latest_shouldBeEmptyWhenTheLeadsWereNeverTold() {
        when(issues.getIssueObject("SG-12")).thenReturn(issue);

        assertThat(leadsTold.latest("SG-12").isPresent(), is(false));
    }

    @Test
    public void latest_shouldBeEmptyForAnIssueThatIsGone() {
        assertThat(leadsTold.latest("SG-99").isPresent(), is(false));
    }

    @Test
    public void latest_shouldBeEmptyWhenTheStoredValueIsNotJson() {
        storedAs("not json");

        assertThat(leadsTold.latest("SG-12").isPresent(), is(false));
    }

    @Test
    public void latest_shouldBeEmptyWhenTheStoredAlertIsNotOneTheAppKnows() {
        storedAs(STORED.replace("missing", "party"));

        assertThat(leadsTold.latest("SG-12").isPresent(), is(false));
    }

    @Test
    public void latest_shouldBeEmptyWhenTheStoredTimeIsNotATime() {
        storedAs(STORED.replace("2026-12-01T14:02:00Z", "yesterday"));

        assertThat(leadsTold.latest("SG-12").isPresent(), is(false));
    }

    @Test
    public void latest_shouldBeEmptyOnAJiraWithoutThePropertyApi() {
        when(issues.getIssueObject("SG-12")).thenReturn(issue);
        when(properties.get(any(), any(), any())).thenThrow(new NoSuchMethodError("get"));

        assertThat(leadsTold.latest("SG-12").isPresent(), is(false));
    }

    private void storedAs(String json) {
        EntityProperty property = mock(EntityProperty.class);
        when(property.getValue()).thenReturn(json);
        when(issues.getIssueObject("SG-12")).thenReturn(issue);
        when(properties.get("IssueProperty", 10400L, JiraLeadsTold.KEY)).thenReturn(property);
    }
}
