package org.safeguarding.jira.figures;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.JiraCaseValues;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.Figures;
import org.safeguarding.referral.Resolution;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Screening;

/**
 * Every Safeguarding concern the user may see, from Jira's own search as the user, a page at a time, as the figures
 * count it: the day it was raised, its answers and routes (read from its fields), and the day it was resolved and the
 * resolution it was closed with. Nothing is counted when set-up has not recorded the issue type; when Jira cannot search, no figures are given
 * rather than some.
 */
@Named
public class JiraCaseFigures implements CaseFigures, ProjectFigures {
    static final int PAGE = 500;

    private final CurrentUser currentUser;
    private final UserManager users;
    private final SearchService search;
    private final SetupStore setupStore;
    private final CustomFieldManager customFields;

    @Inject
    public JiraCaseFigures(CurrentUser currentUser, UserManager users, SearchService search, SetupStore setupStore,
                           CustomFieldManager customFields) {
        this.currentUser = currentUser;
        this.users = users;
        this.search = search;
        this.setupStore = setupStore;
        this.customFields = customFields;
    }

    @Override
    public List<Figures.CaseFacts> facts() throws Unavailable {
        return facts("");
    }

    /** Only the projects given, each key quoted as JQL spells a string; none given is none counted. */
    @Override
    public List<Figures.CaseFacts> factsIn(Set<String> projectKeys) throws Unavailable {
        if (projectKeys.isEmpty()) {
            return List.of();
        }
        return facts(" AND project in (" + projectKeys.stream().sorted().map(JiraCaseFigures::quoted)
                .collect(Collectors.joining(", ")) + ")");
    }

    private static String quoted(String key) {
        return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private List<Figures.CaseFacts> facts(String within) throws Unavailable {
        SetupIds ids = setupStore.load();
        List<Figures.CaseFacts> facts = new ArrayList<>();
        for (int start = 0; ; start += PAGE) {
            List<Issue> page = oldestFirst(ids, within, start, PAGE);
            page.forEach(issue -> facts.add(facts(issue, ids)));
            if (page.size() < PAGE) {
                return facts;
            }
        }
    }

    /** One issue from Jira's search, the oldest, rather than reading every case. */
    @Override
    public Optional<LocalDate> firstRaised() throws Unavailable {
        return oldestFirst(setupStore.load(), "", 0, 1).stream().findFirst().map(JiraCaseFigures::raised);
    }

    /**
     * A page of the cases the user may see (within: more JQL, or ""), oldest first; none without a user or a recorded
     * issue type.
     */
    private List<Issue> oldestFirst(SetupIds ids, String within, int start, int size) throws Unavailable {
        ApplicationUser user = currentUser.key().map(users::getUserByKey).orElse(null);
        Optional<String> type = ids.issueType();
        if (user == null || type.isEmpty()) {
            return List.of();
        }
        SearchService.ParseResult parsed = search.parseQuery(user, "issuetype = " + type.get() + within
                + " ORDER BY created ASC");
        if (!parsed.isValid()) {
            return List.of();
        }
        try {
            return search.search(user, parsed.getQuery(), PagerFilter.newPageAlignedFilter(start, size)).getResults();
        } catch (SearchException e) {
            throw new Unavailable(e);
        }
    }

    private static LocalDate raised(Issue issue) {
        return issue.getCreated().toInstant().atZone(UkClock.ZONE).toLocalDate();
    }

    private Figures.CaseFacts facts(Issue issue, SetupIds ids) {
        CaseValues values = new JiraCaseValues(issue, ids, customFields);
        Screening screening = ScreeningAssembler.from(values);
        LocalDate raised = raised(issue);
        Optional<Resolution> outcome = Optional.ofNullable(issue.getResolution())
                .flatMap(resolution -> ids.resolutionOf(resolution.getId()))
                .flatMap(id -> Identified.byId(Resolution.class, id));
        Optional<LocalDate> closed = Optional.ofNullable(issue.getResolutionDate())
                .map(moment -> moment.toInstant().atZone(UkClock.ZONE).toLocalDate());
        return new Figures.CaseFacts(raised, screening.exploitationTypes(),
                ScreeningAssembler.referralFrom(values).routes(), screening.nation(), screening.childToday(raised),
                closed, outcome);
    }
}
