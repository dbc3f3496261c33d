package org.safeguarding.jira.figures;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.Figures;

public class JiraCaseFiguresTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager users;
    @Mock
    private SearchService search;
    @Mock
    private SetupStore setupStore;
    @Mock
    private CustomFieldManager customFields;
    @Mock
    private ApplicationUser lead;
    @Mock
    private Query query;
    @Mock
    private MessageSet noErrors;

    private JiraCaseFigures figures;

    @Before
    public void setUp() {
        when(setupStore.load()).thenReturn(SetupIds.none().withIssueType("10100")
                .withResolution("referred-and-supported", "10300"));
        when(users.getUserByKey("lead")).thenReturn(lead);
        when(search.parseQuery(lead, "issuetype = 10100 ORDER BY created ASC"))
                .thenReturn(new SearchService.ParseResult(query, noErrors));
        figures = new JiraCaseFigures(TestUser.worker().lead(), users, search, setupStore, customFields);
    }

    @Test
    public void facts_shouldReadEveryCaseAsTheUserAPageAtATimeWithItsDayAndOutcome() throws Exception {
        Issue closed = issue(LocalDateTime.of(2026, 10, 2, 9, 0), "10300");
        Issue open = issue(LocalDateTime.of(2026, 11, 20, 9, 0), null);
        List<Issue> fullPage = Collections.nCopies(JiraCaseFigures.PAGE, open);
        SearchResults<Issue> first = results(fullPage);
        SearchResults<Issue> second = results(List.of(closed));
        when(search.search(eq(lead), eq(query), any(PagerFilter.class))).thenAnswer(call ->
                call.<PagerFilter<?>>getArgument(2).getStart() == 0 ? first : second);

        List<Figures.CaseFacts> facts = figures.facts();

        assertThat(facts.size(), is(JiraCaseFigures.PAGE + 1));
        Figures.CaseFacts last = facts.get(facts.size() - 1);
        assertThat(last.raised(), is(LocalDate.of(2026, 10, 2)));
        assertThat(last.outcome(), is(Optional.of(org.safeguarding.referral.Resolution.REFERRED_AND_SUPPORTED)));
        assertThat(facts.get(0).outcome(), is(Optional.empty()));
    }

    /** Which years there are comes from the oldest case alone: one issue asked for, not every case read. */
    @Test
    public void firstRaised_shouldAskJiraForTheOldestCaseOnly() throws Exception {
        Issue oldest = issue(LocalDateTime.of(2024, 3, 5, 9, 0), null);
        when(search.search(eq(lead), eq(query), any(PagerFilter.class))).thenAnswer(call ->
                call.<PagerFilter<?>>getArgument(2).getMax() == 1 ? results(List.of(oldest))
                        : results(Collections.nCopies(JiraCaseFigures.PAGE, oldest)));

        assertThat(figures.firstRaised(), is(Optional.of(LocalDate.of(2024, 3, 5))));
        when(setupStore.load()).thenReturn(SetupIds.none());
        assertThat(figures.firstRaised(), is(Optional.empty()));
    }

    /** A lead named by role: only their projects' cases, each key quoted as JQL spells it; no project, no search. */
    @Test
    public void factsIn_shouldAskJiraForTheCasesInTheProjectsGivenOnly() throws Exception {
        Query inProjects = mock(Query.class);
        when(search.parseQuery(lead, "issuetype = 10100 AND project in (\"HOME\", \"SG\") ORDER BY created ASC"))
                .thenReturn(new SearchService.ParseResult(inProjects, noErrors));
        Issue home = issue(LocalDateTime.of(2025, 6, 1, 9, 0), null);
        SearchResults<Issue> found = results(List.of(home));
        when(search.search(eq(lead), eq(inProjects), any(PagerFilter.class))).thenReturn(found);

        assertThat(figures.factsIn(Set.of("SG", "HOME")).size(), is(1));
        assertThat(figures.factsIn(Set.of()), is(empty()));
        verify(search, never()).search(eq(lead), eq(query), any(PagerFilter.class));
    }

    @Test
    public void facts_shouldCountNothingBeforeSetUpHasMadeTheIssueType() throws Exception {
        when(setupStore.load()).thenReturn(SetupIds.none());

        assertThat(figures.facts(), is(empty()));
    }

    @Test
    public void facts_shouldGiveNoFiguresRatherThanSomeWhenJiraCannotSearch() throws Exception {
        when(search.search(eq(lead), eq(query), any(PagerFilter.class))).thenThrow(new SearchException("reindexing"));

        assertThrows(CaseFigures.Unavailable.class, () -> figures.facts());
    }

    private static Issue issue(LocalDateTime created, String resolutionId) {
        Issue issue = mock(Issue.class);
        when(issue.getCreated()).thenReturn(Timestamp.valueOf(created));
        if (resolutionId != null) {
            Resolution resolution = mock(Resolution.class);
            when(resolution.getId()).thenReturn(resolutionId);
            when(issue.getResolution()).thenReturn(resolution);
        }
        return issue;
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> results(List<Issue> issues) {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        return results;
    }
}
