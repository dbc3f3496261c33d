package org.safeguarding.jira.work;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.cases.WorkQueueJql;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queues from Jira's own search, as the user, so each counts only the cases they may see: one search per queue
 * gives its count and its first few, bounded, with no per-issue work beyond the few it shows: each of those read once, however many
 * lists it is in, for what a lead triages it by. A queue Jira cannot count says so and the others still show.
 */
@Named
public class JiraWorkQueues implements WorkQueues {
    private static final Logger LOG = LoggerFactory.getLogger(JiraWorkQueues.class);

    private final CurrentUser currentUser;
    private final UserManager users;
    private final SearchService search;
    private final SetupStore setupStore;
    private final JiraCaseReader reader;
    private final OrganisationSettings settings;
    private final UserNames names;
    private final Clock clock;

    @Inject
    public JiraWorkQueues(CurrentUser currentUser, UserManager users, SearchService search, SetupStore setupStore,
                          JiraCaseReader reader, OrganisationSettings settings, UserNames names, Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.search = search;
        this.setupStore = setupStore;
        this.reader = reader;
        this.settings = settings;
        this.names = names;
        this.clock = clock;
    }

    @Override
    public List<Listed> queues() {
        ApplicationUser user = currentUser.key().map(users::getUserByKey).orElse(null);
        WorkQueueJql jql = new WorkQueueJql(setupStore.load());
        Map<String, Listed.Case> read = new HashMap<>();
        return Arrays.stream(WorkQueue.values()).map(queue -> listed(queue, jql.jql(queue), user, read)).toList();
    }

    private Listed listed(WorkQueue queue, Optional<String> jql, ApplicationUser user, Map<String, Listed.Case> read) {
        if (jql.isEmpty() || user == null) {
            return new Listed(queue, -1, List.of(), jql);
        }
        SearchService.ParseResult parsed = search.parseQuery(user, jql.get());
        if (!parsed.isValid()) {
            LOG.warn("Jira did not accept the JQL of the work queue {}", queue.id());
            return new Listed(queue, -1, List.of(), Optional.empty());
        }
        try {
            // One search gives both the first page and how many there are in all.
            SearchResults<Issue> found = search.search(user, parsed.getQuery(), PagerFilter.newPageAlignedFilter(0,
                    FIRST));
            List<Listed.Case> first = found.getResults().stream()
                    .map(issue -> read.computeIfAbsent(issue.getKey(), key -> row(issue))).toList();
            return new Listed(queue, found.getTotal(), first, jql);
        } catch (SearchException | RuntimeException e) {
            LOG.warn("Jira could not search the work queue {}", queue.id(), e);
            return new Listed(queue, -1, List.of(), jql);
        }
    }

    private Listed.Case row(Issue issue) {
        LocalDate today = LocalDate.now(clock);
        Optional<ReferralStep> status = reader.progress(issue).map(CaseProgress::step);
        Optional<String> assignee = Optional.ofNullable(issue.getAssigneeId()).map(names::displayName);
        LocalDate raised = LocalDateTime.ofInstant(issue.getCreated().toInstant(), clock.getZone()).toLocalDate();
        Triage triage = Triage.of(reader.values(issue), status, raised, assignee,
                settings.organisation(), today);
        return new Listed.Case(issue.getKey(), issue.getSummary(), triage);
    }
}
