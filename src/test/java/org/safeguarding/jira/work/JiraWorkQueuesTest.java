package org.safeguarding.jira.work;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.ScreeningValues;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;

public class JiraWorkQueuesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager users;
    @Mock
    private SearchService search;
    @Mock
    private SetupStore setupStore;
    @Mock
    private ApplicationUser lead;
    @Mock
    private Query query;
    @Mock
    private MessageSet noErrors;
    @Mock
    private JiraCaseReader reader;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"),
            ZoneId.of("Europe/London"));

    private JiraWorkQueues queues;

    @Before
    public void setUp() {
        SetupIds ids = SetupIds.none().withIssueType("10100");
        for (ReferralStep step : ReferralStep.values()) {
            ids = ids.withStatus(step.id(), String.valueOf(10000 + step.ordinal()));
        }
        when(setupStore.load()).thenReturn(ids);
        when(users.getUserByKey("lead")).thenReturn(lead);
        when(search.parseQuery(eq(lead), anyString())).thenReturn(new SearchService.ParseResult(query, noErrors));
        queues = new JiraWorkQueues(TestUser.worker().lead(), users, search, setupStore, reader,
                () -> new Organisation(false, false), key -> "Sam Lead", CLOCK);
    }

    @Test
    public void queues_shouldCountAsTheLeadAndShowTheFirstFewOfEachQueue() throws Exception {
        Issue sg1 = concern("SG-1");
        when(sg1.getSummary()).thenReturn("Safeguarding concern raised 1 Dec 2026");
        when(sg1.getAssigneeId()).thenReturn("lead");
        when(reader.values(sg1)).thenReturn(new ScreeningValues(Screening.builder().immediateDanger(Answer.YES)
                .ageGroup(AgeGroup.UNDER_18).build(), null));
        when(reader.progress(sg1)).thenReturn(Optional.of(new CaseProgress(ReferralStep.SCREENING,
                CaseProgress.Dates.NONE)));
        @SuppressWarnings("unchecked")
        SearchResults<Issue> found = mock(SearchResults.class);
        when(found.getResults()).thenReturn(List.of(sg1));
        when(found.getTotal()).thenReturn(7);
        when(search.search(eq(lead), eq(query), any())).thenReturn(found);

        Map<WorkQueue, WorkQueues.Listed> listed = byQueue(queues.queues());

        WorkQueues.Listed danger = listed.get(WorkQueue.IMMEDIATE_DANGER);
        assertThat(danger.count(), is(7L));
        assertThat(danger.first(), contains(new WorkQueues.Listed.Case("SG-1",
                "Safeguarding concern raised 1 Dec 2026", new Triage(RiskLevel.IMMEDIATE_DANGER, true,
                Optional.of(ReferralStep.SCREENING), Map.of(WorkQueue.Day.RAISED, LocalDate.of(2026, 12, 1)),
                Optional.of("Sam Lead")))));
        assertThat(danger.jql().orElseThrow(), is("issuetype = 10100 AND status = 10009 ORDER BY created ASC"));
        verify(search, never()).searchCountOverrideSecurity(any(), any());
    }

    @Test
    public void queues_shouldAskJiraABoundedNumberOfQuestionsAndReadEachCaseShownOnce() throws Exception {
        Issue sg1 = concern("SG-1");
        when(reader.values(sg1)).thenReturn(new ScreeningValues(Screening.builder().build(), null));
        @SuppressWarnings("unchecked")
        SearchResults<Issue> found = mock(SearchResults.class);
        when(found.getResults()).thenReturn(List.of(sg1));
        when(found.getTotal()).thenReturn(10_000);
        when(search.search(eq(lead), eq(query), any())).thenReturn(found);

        List<WorkQueues.Listed> listed = queues.queues();

        // However many cases there are: one parse and one search (its count and first page) per queue set-up can ask
        // about; never a separate count.
        long asked = listed.stream().filter(queue -> queue.jql().isPresent()).count();
        verify(search, times((int) asked)).parseQuery(eq(lead), anyString());
        verify(search, never()).searchCount(any(), any());
        assertThat(listed.stream().filter(queue -> queue.jql().isPresent()).allMatch(queue -> queue.count() == 10_000),
                is(true));
        ArgumentCaptor<PagerFilter> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times((int) asked)).search(eq(lead), eq(query), pages.capture());
        assertThat(pages.getAllValues(), everyItem(hasProperty("max", is(WorkQueues.FIRST))));
        assertThat(pages.getAllValues(), everyItem(hasProperty("start", is(0))));
        // A case shown in every list is read once for what a lead triages it by: no history, no comments.
        verify(reader, times(1)).values(sg1);
        verify(reader, times(1)).progress(sg1);
        verify(sg1, times(1)).getSummary();
        verify(sg1, times(1)).getCreated();
        verify(sg1, times(1)).getAssigneeId();
    }

    @Test
    public void queues_shouldSayWhatJiraCouldNotCountAndStillShowTheRest() throws Exception {
        when(search.search(eq(lead), eq(query), any())).thenThrow(new SearchException("index unavailable"));

        Map<WorkQueue, WorkQueues.Listed> listed = byQueue(queues.queues());

        assertThat(listed.get(WorkQueue.MISSING).count(), is(-1L));
        // A queue set-up has not recorded the fields of is not asked at all.
        assertThat(listed.get(WorkQueue.REVIEWS_DUE).jql().isPresent(), is(false));
        assertThat(listed.size(), is(WorkQueue.values().length));
    }

    /** A concern Jira's search found, raised on 1 Dec 2026. */
    private static Issue concern(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-12-01T09:00:00Z")));
        return issue;
    }

    private static Map<WorkQueue, WorkQueues.Listed> byQueue(List<WorkQueues.Listed> listed) {
        return listed.stream().collect(Collectors.toMap(WorkQueues.Listed::queue, Function.identity()));
    }
}
