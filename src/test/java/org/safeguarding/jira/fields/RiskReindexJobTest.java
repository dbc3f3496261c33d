package org.safeguarding.jira.fields;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingParams;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.util.ImportUtils;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.HostApiCheck;
import org.safeguarding.jira.platform.HostMember;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;

public class RiskReindexJobTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T14:00:00Z"), ZoneId.of("Europe/London"));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SchedulerService scheduler;
    @Mock
    private SearchService search;
    @Mock
    private IssueIndexingService indexing;
    @Mock
    private SetupStore setupStore;
    @Mock
    private Query query;
    @Mock
    private MessageSet noErrors;
    @Mock
    private SelfCheck selfCheck;

    private RiskReindexJob job;

    @Before
    public void setUp() {
        job = new RiskReindexJob(scheduler, search, indexing, setupStore, selfCheck, CLOCK);
    }

    @Test
    public void onStart_shouldIndexEveryCaseOnceANightOnOneNode() throws Exception {
        job.onStart();

        verify(scheduler).registerJobRunner(RiskReindexJob.RUNNER, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(RiskReindexJob.DAILY), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getIntervalInMillis(),
                is(Duration.ofDays(1).toMillis()));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime(),
                is(Date.from(Instant.parse("2026-12-02T03:00:00Z"))));
    }

    @Test
    public void reindexAllLater_shouldRunOnceSoonOnOneNode() throws Exception {
        job.reindexAllLater();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(RiskReindexJob.SOON), config.capture());
        assertThat(config.getValue().getRunMode(), is(RunMode.RUN_ONCE_PER_CLUSTER));
        assertThat(config.getValue().getSchedule().getIntervalScheduleInfo().getFirstRunTime(),
                is(Date.from(CLOCK.instant())));
    }

    @Test
    public void runJob_shouldIndexEveryConcernPageByPageWhoeverMaySeeItWithIndexingOn() throws Exception {
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(search.parseQuery(null, "issuetype = 10100")).thenReturn(new SearchService.ParseResult(query, noErrors));
        List<Issue> full = Collections.nCopies(RiskReindexJob.PAGE, mock(Issue.class));
        List<Issue> last = List.of(mock(Issue.class), mock(Issue.class));
        SearchResults<Issue> first = results(full);
        SearchResults<Issue> second = results(last);
        when(search.searchOverrideSecurity(eq(null), eq(query), any())).thenReturn(first, second);
        List<Boolean> indexingOn = new ArrayList<>();
        doAnswer(call -> {
            indexingOn.add(ImportUtils.isIndexIssues());
            return 0L;
        }).when(indexing).reIndexIssueObjects(any(), eq(IssueIndexingParams.INDEX_ISSUE_ONLY));

        String message = job.runJob(mock(JobRunnerRequest.class)).getMessage();

        assertThat(message, is((RiskReindexJob.PAGE + 2) + " Safeguarding concerns indexed again"));
        verify(indexing).reIndexIssueObjects(full, IssueIndexingParams.INDEX_ISSUE_ONLY);
        verify(indexing).reIndexIssueObjects(last, IssueIndexingParams.INDEX_ISSUE_ONLY);
        assertThat(indexingOn, is(List.of(true, true)));
        assertThat("the scheduler thread's flag is put back", ImportUtils.isIndexIssues(), is(false));
    }

    @Test
    public void runJob_shouldSayWhereItStoppedWhenJiraCannotIndex() throws Exception {
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(search.parseQuery(null, "issuetype = 10100")).thenReturn(new SearchService.ParseResult(query, noErrors));
        SearchResults<Issue> page = results(List.of(mock(Issue.class)));
        when(search.searchOverrideSecurity(eq(null), eq(query), any())).thenReturn(page);
        when(indexing.reIndexIssueObjects(any(), any())).thenThrow(new IndexException("index locked"));

        assertThat(job.runJob(mock(JobRunnerRequest.class)).getMessage(), is("stopped after 0 cases: index locked"));
        assertThat(ImportUtils.isIndexIssues(), is(false));
    }

    @Test
    public void runJob_shouldBeSwitchedOffWithTheReasonWhereThisJiraLacksTheSearchItUses() {
        HostMember search = new HostMember(HostMember.Kind.METHOD, "com/atlassian/jira/bc/issue/search/SearchService",
                "searchOverrideSecurity", "(Lcom/atlassian/jira/user/ApplicationUser;Lcom/atlassian/query/Query;"
                + "Lcom/atlassian/jira/web/bean/PagerFilter;)Lcom/atlassian/jira/issue/search/SearchResults;",
                HostMember.Use.INTERFACE, Set.of(RiskReindexJob.class.getName()));
        when(selfCheck.missingFor(RiskReindexJob.class)).thenReturn(List.of(new SelfCheck.Found(
                new HostApiCheck.Missing(search, "this Jira's SearchService has no searchOverrideSecurity"),
                Set.of(RiskReindexJob.class.getName()))));

        assertThat(job.runJob(mock(JobRunnerRequest.class)).getMessage(),
                is("switched off: this Jira's SearchService has no searchOverrideSecurity"));
        verifyNoInteractions(setupStore, indexing);
    }

    @Test
    public void runJob_shouldEndWithTheReasonAndPutIndexingBackWhenAJiraCallCannotLink() throws Exception {
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100"));
        when(search.parseQuery(null, "issuetype = 10100")).thenReturn(new SearchService.ParseResult(query, noErrors));
        when(search.searchOverrideSecurity(eq(null), eq(query), any()))
                .thenThrow(new NoSuchMethodError("searchOverrideSecurity"));

        assertThat(job.runJob(mock(JobRunnerRequest.class)).getMessage(), is("reindexing the cases' risk failed: "
                + "java.lang.NoSuchMethodError: searchOverrideSecurity"));
        assertThat(ImportUtils.isIndexIssues(), is(false));
    }

    @Test
    public void runJob_shouldDoNothingBeforeSetUpHasMadeTheIssueType() throws Exception {
        when(setupStore.load()).thenReturn(SetupIds.none());

        job.runJob(mock(JobRunnerRequest.class));

        verifyNoInteractions(search, indexing);
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> results(List<Issue> issues) {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        return results;
    }
}
