package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.sharing.SharePermission;
import com.atlassian.jira.sharing.type.ShareType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;

/** The shared filters Enable makes: one per queue, in the project, shared with the leads only, made once. */
public class SharedFiltersTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private SearchRequestService filters;
    @Mock
    private SearchService search;
    @Mock
    private ProjectRoleManager roles;
    @Mock
    private UserManager users;
    @Mock
    private ApplicationUser admin;
    @Mock
    private Project help;
    @Mock
    private Query query;
    @Mock
    private MessageSet noErrors;
    @Mock
    private ProjectRole leadsRole;

    private SetupIds ids;
    private InMemorySettings settings;
    private SharedFilters shared;

    @Before
    public void setUp() {
        SetupIds withStatuses = SetupIds.none().withIssueType("10100");
        for (ReferralStep step : ReferralStep.values()) {
            withStatuses = withStatuses.withStatus(step.id(), String.valueOf(10000 + step.ordinal()));
        }
        ids = withStatuses;
        when(users.getUserByKey("admin")).thenReturn(admin);
        when(help.getId()).thenReturn(10400L);
        when(help.getKey()).thenReturn("HELP");
        when(search.parseQuery(eq(admin), anyString())).thenReturn(new SearchService.ParseResult(query, noErrors));
        when(roles.getProjectRole("Safeguarding leads")).thenReturn(leadsRole);
        when(leadsRole.getId()).thenReturn(10002L);
        settings = new InMemorySettings(new AppSettings(Set.of(), false, false, "safeguarding-leads",
                "Safeguarding leads", null));
        shared = new SharedFilters(filters, search, roles, settings, TestUser.worker().admin(), users,
                new PropertiesTexts());
    }

    /** The queues set-up recorded the ids for: the statuses alone, without the fields' ids. */
    private static final List<WorkQueue> BY_STATUS = List.of(WorkQueue.IMMEDIATE_DANGER, WorkQueue.MISSING,
            WorkQueue.NEW_CONCERNS, WorkQueue.CONCLUSIVE_AWAITED);
    /** A filter per queue, and one of every case for a board. */
    private static final int MADE = BY_STATUS.size() + 1;

    @Test
    public void ensure_shouldMakeOneFilterPerQueueInTheProjectSharedWithTheLeadsGroupAndRole() {
        List<EnablementPlan.Reason> notes = shared.ensure(help, ids);

        ArgumentCaptor<SearchRequest> made = ArgumentCaptor.forClass(SearchRequest.class);
        verify(filters, times(MADE)).createFilter(any(), made.capture());
        assertThat(made.getAllValues().stream().map(SearchRequest::getName).toList(), containsInAnyOrder(
                Stream.concat(BY_STATUS.stream().map(queue -> new PropertiesTexts().text(queue.labelKey())),
                        Stream.of("Every case")).map(label -> "Safeguarding HELP: " + label).toArray(String[]::new)));
        Set<SharePermission> shares = made.getValue().getPermissions().getPermissionSet();
        assertThat(shares.stream().map(share -> share.getType().get() + " " + share.getParam1() + " "
                + share.getParam2()).toList(), containsInAnyOrder("group safeguarding-leads null",
                "project 10400 10002"));
        verify(search).parseQuery(admin, "project = 10400 AND issuetype = 10100 AND status = 10009 "
                + "ORDER BY created ASC");
        verify(search).parseQuery(admin, "project = 10400 AND issuetype = 10100 ORDER BY created ASC");
        assertThat(notes.get(notes.size() - 1).messageKey(), is("safeguarding.enablement.reason.filters-shared"));
        assertThat(notes.get(notes.size() - 1).arguments(), contains("5", "HELP"));
    }

    @Test
    public void ensure_shouldUpdateTheFiltersItMadeBeforeRatherThanMakeThemAgain() {
        SearchRequest earlier = new SearchRequest(query, admin, "Safeguarding HELP: "
                + new PropertiesTexts().text(WorkQueue.MISSING.labelKey()), "");
        when(filters.getOwnedFilters(admin)).thenReturn(List.of(earlier));

        shared.ensure(help, ids);

        verify(filters).updateFilter(any(), eq(earlier));
        verify(filters, times(MADE - 1)).createFilter(any(), any());
        assertThat(earlier.getPermissions().getPermissionSet().isEmpty(), is(false));
    }

    @Test
    public void ensure_shouldShareWithNobodyAndSaySoWhileNoLeadsAreNamed() {
        settings.save(AppSettings.DEFAULTS);

        List<EnablementPlan.Reason> notes = shared.ensure(help, ids);

        ArgumentCaptor<SearchRequest> made = ArgumentCaptor.forClass(SearchRequest.class);
        verify(filters, times(MADE)).createFilter(any(), made.capture());
        assertThat(made.getAllValues().stream().map(filter -> filter.getPermissions().getPermissionSet().isEmpty())
                .toList(), everyItem(is(true)));
        assertThat(notes, hasItem(new EnablementPlan.Reason("safeguarding.enablement.reason.filters-not-shared",
                List.of("5", "HELP"))));
    }

    @Test
    public void ensure_shouldMakeNothingForSomeoneJiraDoesNotKnow() {
        SharedFilters nobody = new SharedFilters(filters, search, roles, settings, TestUser.worker().anonymous(), users,
                new PropertiesTexts());

        assertThat(nobody.ensure(help, ids), is(empty()));
        verify(filters, never()).createFilter(any(), any());
    }

    @Test
    public void ensure_shouldSayTheFiltersWereNotMadeRatherThanFailWhenThisJiraLacksTheFilterApi() {
        when(filters.getOwnedFilters(admin)).thenThrow(new NoSuchMethodError("SearchRequestService.getOwnedFilters"));

        assertThat(shared.ensure(help, ids), contains(new EnablementPlan.Reason(
                "safeguarding.enablement.reason.filters-not-made", List.of("HELP"))));
    }

    /** What a board is made from: the admin's own filter of every case, found by its name, per project. */
    @Test
    public void boardFilters_shouldFindTheFilterOfEveryCaseTheAdminOwnsForEachProject() {
        SearchRequest everyCase = mock(SearchRequest.class);
        when(everyCase.getName()).thenReturn("Safeguarding HELP: Every case");
        when(everyCase.getId()).thenReturn(10500L);
        SearchRequest missing = mock(SearchRequest.class);
        when(missing.getName()).thenReturn("Safeguarding SG: Every case");
        when(missing.getId()).thenReturn(null);
        when(filters.getOwnedFilters(admin)).thenReturn(List.of(everyCase, missing));

        assertThat(shared.boardFilters(List.of("HELP", "SG", "HOUSING")), is(Map.of("HELP", 10500L)));
        assertThat(shared.boardFilters(List.of()), is(Map.of()));
        assertThat(new SharedFilters(filters, search, roles, settings, TestUser.worker().anonymous(), users,
                new PropertiesTexts()).boardFilters(List.of("HELP")), is(Map.of()));
    }

    @Test
    public void names_shouldStartWithTheAppAndTheProjectSoLeadsFindThem() {
        shared.ensure(help, ids);

        ArgumentCaptor<SearchRequest> made = ArgumentCaptor.forClass(SearchRequest.class);
        verify(filters, times(MADE)).createFilter(any(), made.capture());
        assertThat(made.getAllValues().stream().map(SearchRequest::getName).toList(),
                everyItem(startsWith("Safeguarding HELP: ")));
    }
}
