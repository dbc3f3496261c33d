package org.safeguarding.jira.enablement;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.sharing.SharePermission;
import com.atlassian.jira.sharing.SharePermissionImpl;
import com.atlassian.jira.sharing.SharedEntity;
import com.atlassian.jira.sharing.type.ShareType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.cases.WorkQueueJql;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's shared filters, one per work queue ("Safeguarding SG: Someone missing") and one of every case (for a
 * Jira Software board), made on Enable and brought up to date on every Enable: Jira's own filters, so the leads keep
 * Jira's tools (boards, bulk change, export) on the lists "what needs me now" shows. Owned by the administrator who
 * enables the project, shared with the safeguarding leads the settings name (their group, and their project role in
 * this project), and with nobody else.
 */
@Named
public class SharedFilters {
    private static final Logger LOG = LoggerFactory.getLogger(SharedFilters.class);

    static final String EVERY_CASE = "safeguarding.enablement.filter.every-case";
    private final SearchRequestService filters;
    private final SearchService search;
    private final ProjectRoleManager roles;
    private final SettingsStore settings;
    private final CurrentUser currentUser;
    private final UserManager users;
    private final Texts texts;

    @Inject
    public SharedFilters(SearchRequestService filters, SearchService search, ProjectRoleManager roles,
                         SettingsStore settings, CurrentUser currentUser, UserManager users, Texts texts) {
        this.filters = filters;
        this.search = search;
        this.roles = roles;
        this.settings = settings;
        this.currentUser = currentUser;
        this.users = users;
        this.texts = texts;
    }

    /**
     * Makes each missing filter and updates each existing one; answers what the admin should know. Never fails: the
     * filters are a convenience, and a Jira that cannot make them (or lacks part of their API) must not undo an Enable
     * whose schemes and security level are already changed.
     */
    public List<EnablementPlan.Reason> ensure(Project project, SetupIds ids) {
        try {
            return ensureNow(project, ids);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not make the shared filters of project {}", project.getKey(), e);
            return List.of(note("filters-not-made", project.getKey()));
        }
    }

    private List<EnablementPlan.Reason> ensureNow(Project project, SetupIds ids) {
        ApplicationUser owner = currentUser.key().map(users::getUserByKey).orElse(null);
        if (owner == null) {
            return List.of();
        }
        Map<String, SearchRequest> owned = filters.getOwnedFilters(owner).stream()
                .collect(Collectors.toMap(SearchRequest::getName, Function.identity(), (first, second) -> first));
        Set<SharePermission> shares = shares(project, settings.read());
        List<EnablementPlan.Reason> problems = new ArrayList<>();
        int saved = 0;
        for (Map.Entry<String, String> wanted : wanted(project, ids).entrySet()) {
            String name = wanted.getKey();
            SearchService.ParseResult parsed = search.parseQuery(owner, "project = " + project.getId() + " AND "
                    + wanted.getValue());
            if (!parsed.isValid()) {
                problems.add(note("filter-failed", name));
                continue;
            }
            SearchRequest filter = Optional.ofNullable(owned.get(name)).orElseGet(() -> new SearchRequest(
                    parsed.getQuery(), owner, name, texts.text("safeguarding.enablement.filter.description")));
            filter.setQuery(parsed.getQuery());
            filter.setPermissions(new SharedEntity.SharePermissions(shares));
            JiraServiceContext context = new JiraServiceContextImpl(owner);
            if (owned.containsKey(name)) {
                filters.updateFilter(context, filter);
            } else {
                filters.createFilter(context, filter);
            }
            if (context.getErrorCollection().hasAnyErrors()) {
                problems.add(note("filter-failed", name));
            } else {
                saved++;
            }
        }
        List<EnablementPlan.Reason> notes = new ArrayList<>(problems);
        notes.add(shares.isEmpty() ? note("filters-not-shared", String.valueOf(saved), project.getKey())
                : note("filters-shared", String.valueOf(saved), project.getKey()));
        return notes;
    }

    /** Each filter's name and JQL in the project: one per queue set-up has what it needs for, and every case. */
    private Map<String, String> wanted(Project project, SetupIds ids) {
        WorkQueueJql jql = new WorkQueueJql(ids);
        Map<String, String> wanted = new LinkedHashMap<>();
        for (WorkQueue queue : WorkQueue.values()) {
            jql.jql(queue).ifPresent(queueJql -> wanted.put(name(project.getKey(), queue.labelKey()), queueJql));
        }
        jql.everyCase().ifPresent(every -> wanted.put(name(project.getKey(), EVERY_CASE), every));
        return wanted;
    }

    /**
     * The id of the filter of every case that Enable made, by project key, among the current user's filters: what a
     * board of the project's cases is made from. A project whose filter they do not own is left out.
     */
    public Map<String, Long> boardFilters(List<String> projectKeys) {
        ApplicationUser owner = currentUser.key().map(users::getUserByKey).orElse(null);
        if (owner == null || projectKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> byName = new HashMap<>();
        filters.getOwnedFilters(owner).stream().filter(filter -> filter.getId() != null)
                .forEach(filter -> byName.putIfAbsent(filter.getName(), filter.getId()));
        Map<String, Long> found = new HashMap<>();
        projectKeys.forEach(key -> Optional.ofNullable(byName.get(name(key, EVERY_CASE)))
                .ifPresent(id -> found.put(key, id)));
        return found;
    }

    private String name(String projectKey, String labelKey) {
        return texts.text("safeguarding.enablement.filter.name", projectKey, texts.text(labelKey));
    }

    /** The leads' group, and the leads' project role in this project, as the settings name them. */
    private Set<SharePermission> shares(Project project, AppSettings named) {
        Set<SharePermission> shares = new HashSet<>();
        Optional.ofNullable(named.leadGroup()).filter(group -> !group.isBlank())
                .ifPresent(group -> shares.add(new SharePermissionImpl(ShareType.Name.GROUP, group, null)));
        Optional.ofNullable(named.leadProjectRole()).filter(role -> !role.isBlank()).map(roles::getProjectRole)
                .map(ProjectRole::getId).ifPresent(role -> shares.add(new SharePermissionImpl(ShareType.Name.PROJECT,
                        String.valueOf(project.getId()), String.valueOf(role))));
        return shares;
    }

    private static EnablementPlan.Reason note(String id, String... arguments) {
        return new EnablementPlan.Reason("safeguarding.enablement.reason." + id, List.of(arguments));
    }
}
