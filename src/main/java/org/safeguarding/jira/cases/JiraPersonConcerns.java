package org.safeguarding.jira.cases;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.screening.PersonReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the other concerns about a person with Jira's own search, as the current user, so Jira's browse permission
 * and issue security decide what is found. Jira's text search matches the reference's words; only those whose
 * reference is the same (ignoring case and spaces) are kept. A search Jira cannot make lists nothing and says so in
 * the log by its kind alone, since its message may carry the reference.
 */
@Named
public class JiraPersonConcerns implements PersonConcerns {
    private static final Logger LOG = LoggerFactory.getLogger(JiraPersonConcerns.class);
    /** Enough to find the few the same reference's words match beyond the exact ones. */
    private static final int SEARCHED = 50;

    private final CurrentUser currentUser;
    private final UserManager users;
    private final SearchService search;
    private final SetupStore setupStore;
    private final JiraCaseReader reader;
    private final Clock clock;

    @Inject
    public JiraPersonConcerns(CurrentUser currentUser, UserManager users, SearchService search, SetupStore setupStore,
                              JiraCaseReader reader, Clock clock) {
        this.currentUser = currentUser;
        this.users = users;
        this.search = search;
        this.setupStore = setupStore;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public List<Other> others(String caseKey, String reference) {
        ApplicationUser user = currentUser.key().map(users::getUserByKey).orElse(null);
        Optional<String> jql = jql(setupStore.load(), caseKey, reference);
        if (user == null || jql.isEmpty()) {
            return List.of();
        }
        try {
            SearchService.ParseResult parsed = search.parseQuery(user, jql.get());
            if (!parsed.isValid()) {
                LOG.warn("Jira did not accept the search for other concerns about a person");
                return List.of();
            }
            String wanted = PersonReference.matchKey(reference);
            return search.search(user, parsed.getQuery(), PagerFilter.newPageAlignedFilter(0, SEARCHED))
                    .getResults().stream()
                    .filter(issue -> reader.values(issue).text(CaseFields.PERSON_REFERENCE)
                            .map(PersonReference::matchKey).filter(wanted::equals).isPresent())
                    .limit(MOST).map(this::other).toList();
        } catch (SearchException | RuntimeException | LinkageError e) {
            LOG.warn("Jira could not search for other concerns about a person ({})", e.getClass().getName());
            return List.of();
        }
    }

    /**
     * The search: the app's concerns whose reference field holds the reference's words, newest first; none for a
     * reference with characters a reference may not have (one typed on Jira's own screen), which could not be
     * quoted safely.
     */
    static Optional<String> jql(SetupIds ids, String caseKey, String reference) {
        if (PersonReference.problem(reference).isPresent()) {
            return Optional.empty();
        }
        return ids.issueType().flatMap(type -> ids.jqlField(CaseFields.PERSON_REFERENCE).map(field ->
                "issuetype = " + type + " AND " + field + " ~ \"\\\"" + reference.strip() + "\\\"\" AND key != \""
                        + caseKey + "\" ORDER BY created DESC"));
    }

    private Other other(Issue issue) {
        return new Other(issue.getKey(), reader.progress(issue).map(CaseProgress::step),
                LocalDateTime.ofInstant(issue.getCreated().toInstant(), clock.getZone()).toLocalDate());
    }
}
