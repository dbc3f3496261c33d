package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.Screening;

public class JiraPersonConcernsTest {
    private static final SetupIds IDS = SetupIds.none().withIssueType("10100")
            .withField(CaseFields.PERSON_REFERENCE, "customfield_10321");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"),
            ZoneId.of("Europe/London"));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager users;
    @Mock
    private SearchService search;
    @Mock
    private SetupStore setupStore;
    @Mock
    private ApplicationUser worker;
    @Mock
    private Query query;
    @Mock
    private MessageSet noErrors;
    @Mock
    private JiraCaseReader reader;

    private JiraPersonConcerns concerns;

    @Before
    public void setUp() {
        when(setupStore.load()).thenReturn(IDS);
        when(users.getUserByKey("worker")).thenReturn(worker);
        concerns = new JiraPersonConcerns(TestUser.worker(), users, search, setupStore, reader, CLOCK);
    }

    @Test
    public void jql_shouldSearchTheReferenceFieldForItsWordsOutsideTheCaseNewestFirst() {
        assertThat(JiraPersonConcerns.jql(IDS, "SG-12", " G-1023 "), is(Optional.of("issuetype = 10100 AND "
                + "cf[10321] ~ \"\\\"G-1023\\\"\" AND key != \"SG-12\" ORDER BY created DESC")));
        // One typed on Jira's own screen with quotes in it is never put into a search.
        assertThat(JiraPersonConcerns.jql(IDS, "SG-12", "G\" OR project = HR"), is(Optional.empty()));
        assertThat(JiraPersonConcerns.jql(SetupIds.none().withIssueType("10100"), "SG-12", "G-1023"),
                is(Optional.empty()));
    }

    /** Jira's search finds the reference's words; only the same reference, ignoring case and spaces, is kept. */
    @Test
    public void others_shouldKeepOnlyTheSameReferenceAmongWhatJirasSearchFindsAsTheUser() throws Exception {
        Issue same = concern("SG-9", "g 1023", "2026-03-03T10:00:00Z");
        Issue wordsOnly = concern("SG-7", "G-1023-B", "2026-02-01T10:00:00Z");
        when(reader.progress(same)).thenReturn(Optional.of(new CaseProgress(ReferralStep.CLOSED,
                CaseProgress.Dates.NONE)));
        when(search.parseQuery(eq(worker), anyString())).thenReturn(new SearchService.ParseResult(query, noErrors));
        found(List.of(same, wordsOnly));

        List<PersonConcerns.Other> others = concerns.others("SG-12", "G1023");

        assertThat(others, contains(new PersonConcerns.Other("SG-9", Optional.of(ReferralStep.CLOSED),
                LocalDate.of(2026, 3, 3))));
        verify(search).search(eq(worker), eq(query), any());
    }

    @Test
    public void others_shouldFindNothingAndAskNothingForAReferenceThatIsNotOne() {
        assertThat(concerns.others("SG-12", "Amira Hassan"), is(empty()));
        verifyNoInteractions(search);
    }

    @Test
    public void others_shouldFindNothingWhenJiraCannotSearch() throws Exception {
        when(search.parseQuery(eq(worker), anyString())).thenReturn(new SearchService.ParseResult(query, noErrors));
        when(search.search(eq(worker), eq(query), any())).thenThrow(new SearchException("index unavailable"));

        assertThat(concerns.others("SG-12", "G-1023"), is(empty()));
    }

    @Test
    public void others_shouldFindNothingForSomeoneNotLoggedIn() {
        JiraPersonConcerns anonymous = new JiraPersonConcerns(TestUser.worker().anonymous(), users, search,
                setupStore, reader, CLOCK);

        assertThat(anonymous.others("SG-12", "G-1023"), is(empty()));
        verifyNoInteractions(search);
    }

    private Issue concern(String key, String reference, String created) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse(created)));
        when(reader.values(issue)).thenReturn(new ScreeningValues(Screening.builder().personReference(reference)
                .build(), null));
        return issue;
    }

    private void found(List<Issue> issues) throws Exception {
        @SuppressWarnings("unchecked")
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(issues);
        when(search.search(eq(worker), eq(query), any())).thenReturn(results);
    }
}
