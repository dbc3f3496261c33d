package org.safeguarding.jira.work;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.cases.WorkQueueJql;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.referral.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queues from Jira's own search, as the user, so each counts only the cases they may see: a count and the first
 * few per queue, bounded, with no per-issue work beyond the few it shows. A queue Jira cannot count says so and the
 * others still show.
 */
@Named
public class JiraWorkQueues implements WorkQueues {
    private static final Logger LOG = LoggerFactory.getLogger(JiraWorkQueues.class);

    private final CurrentUser currentUser;
    private final UserManager users;
    private final SearchService search;
    private final SetupStore setupStore;

    @Inject
    public JiraWorkQueues(CurrentUser currentUser, UserManager users, SearchService search, SetupStore setupStore) {
        this.currentUser = currentUser;
        this.users = users;
        this.search = search;
        this.setupStore = setupStore;
    }

    @Override
    public List<Listed> queues() {
        ApplicationUser user = currentUser.key().map(users::getUserByKey).orElse(null);
        WorkQueueJql jql = new WorkQueueJql(setupStore.load());
        return Arrays.stream(WorkQueue.values()).map(queue -> listed(queue, jql.jql(queue), user)).toList();
    }

    private Listed listed(WorkQueue queue, Optional<String> jql, ApplicationUser user) {
        if (jql.isEmpty() || user == null) {
            return new Listed(queue, -1, List.of(), jql);
        }
        SearchService.ParseResult parsed = search.parseQuery(user, jql.get());
        if (!parsed.isValid()) {
            LOG.warn("Jira did not accept the JQL of the work queue {}", queue.id());
            return new Listed(queue, -1, List.of(), Optional.empty());
        }
        try {
            long count = search.searchCount(user, parsed.getQuery());
            List<Listed.Case> first = count == 0 ? List.of() : search.search(user, parsed.getQuery(),
                    PagerFilter.newPageAlignedFilter(0, FIRST)).getResults().stream()
                    .map(issue -> new Listed.Case(issue.getKey(), issue.getSummary())).toList();
            return new Listed(queue, count, first, jql);
        } catch (SearchException | RuntimeException e) {
            LOG.warn("Jira could not search the work queue {}", queue.id(), e);
            return new Listed(queue, -1, List.of(), jql);
        }
    }
}
