package org.safeguarding.jira.panel;

import static org.mockito.Mockito.withSettings;

import com.atlassian.cache.CacheManager;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.mockito.Mockito;
import org.safeguarding.check.Answering;
import org.safeguarding.check.VelocityTemplateRenderer;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.JiraCases;
import org.safeguarding.jira.cases.JiraPersonConcerns;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.leads.ConfiguredLeads;
import org.safeguarding.jira.leads.InMemoryDutyRota;
import org.safeguarding.jira.leads.InMemoryLeadsTold;
import org.safeguarding.jira.leads.JiraCaseLeadNames;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.preview.LocalCaches;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.ResourceDirectory;

/**
 * One issue view of a case on Jira, everything the app pays for it included: the panel's condition, the case found
 * and read through Jira's managers (every app field read through {@link CustomFieldManager}), the leads named by a
 * group of {@code leads} people (each an active user with an e-mail address), the settings, the viewer's duty and
 * lead standing, the access log, and the template. Jira's managers record every call for a test to count when
 * {@code counting}; otherwise they are plain proxies, as a benchmark needs.
 */
public final class JiraIssueView {
    public static final String KEY = "SG-12";
    private static final String LEAD_GROUP = "safeguarding-leads";
    private static final String CASE_TYPE = "10100";
    private static final String LEAD_REVIEW = "10002";

    public final PermissionManager permissions;
    public final IssueManager issues;
    public final GroupManager groups;
    public final com.atlassian.sal.api.user.UserManager salUsers;
    public final SetupStore setup;
    public final SearchService search;
    public final AtomicInteger settingsReads = new AtomicInteger();
    public final CaseCondition condition;
    public final ResourcesPanelContext panel;
    private final Map<String, Object> context;

    /**
     * @param keep whether what the app keeps between views (the shared sections, the leads' names) is kept; without,
     *             every view renders and lists it afresh
     */
    public JiraIssueView(ResourceDirectory directory, Explanations explanations, int leads, boolean keep,
                         boolean counting) {
        Answering.Answer nothing = Answering.nothing();
        ApplicationUser viewer = jira(ApplicationUser.class, counting, nothing);
        CaseOnJira onJira = onJira();
        MutableIssue issue = onJira.issue();
        CustomFieldManager fields = onJira.fields();
        List<ApplicationUser> group = people(leads);
        permissions = jira(PermissionManager.class, counting, (method, call) -> call[0]
                == ProjectPermissions.BROWSE_PROJECTS && call[1] == issue && call[2] == viewer);
        issues = jira(IssueManager.class, counting, nothing);
        groups = jira(GroupManager.class, counting, (method, call) -> LEAD_GROUP.equals(call[0]) ? group : List.of());
        salUsers = jira(com.atlassian.sal.api.user.UserManager.class, counting, (method, call) -> false);
        setup = jira(SetupStore.class, counting, (method, call) -> onJira.ids());
        com.atlassian.jira.user.util.UserManager jiraUsers = jira(com.atlassian.jira.user.util.UserManager.class,
                counting, (method, call) -> "worker".equals(call[0]) ? viewer : null);
        TestUser user = TestUser.worker();
        Clock clock = new UkClock();
        Texts texts = new PropertiesTexts();
        search = jira(SearchService.class, counting, nothing);
        JiraCaseReader reader = new JiraCaseReader(fields, setup, jira(CommentManager.class, counting, nothing));

        SettingsStore settings = new SettingsStore() {
            private final AppSettings named = new AppSettings(Set.of(), false, false, LEAD_GROUP, null, null, true,
                    null, null, null, null, null, null, null);

            @Override
            public AppSettings read() {
                settingsReads.incrementAndGet();
                return named;
            }

            @Override
            public void save(AppSettings changed) {
                throw new UnsupportedOperationException("A view saves nothing");
            }
        };
        ConfiguredLeads leadsNamed = new ConfiguredLeads(salUsers, jiraUsers, jira(ProjectRoleManager.class, counting,
                nothing), groups, settings);
        JiraCases cases = new JiraCases(user, jiraUsers, issues, permissions, reader, leadsNamed);
        CacheManager caches = keep ? new LocalCaches() : new KeepingNothing();
        LocaleResolver locale = keep ? () -> Locale.UK : () -> null;
        ApplicationProperties application = jira(ApplicationProperties.class, counting,
                (method, call) -> call[0] == UrlMode.RELATIVE ? "/jira" : "https://jira.example.org/jira");
        SharedSections shared = new SharedSections(new VelocityTemplateRenderer(), locale, texts);
        condition = new CaseCondition(cases, new SelfCheck(clock));
        panel = new ResourcesPanelContext(cases, cases, application, new DirectoryOf(directory, explanations), shared, settings, new AccessRecorder(new InMemoryAccessLog(), user, clock),
                new CaseCard(new JiraCaseLeadNames(caches, leadsNamed, jira(ProjectManager.class, counting, nothing)),
                        new InMemoryLeadsTold(), texts, clock),
                new LeadOnDutyLine(new InMemoryDutyRota(key -> "Sam Lead", clock), user, texts, clock),
                new OtherConcernsLine(new JiraPersonConcerns(user, jiraUsers, search, setup, reader, clock), texts),
                texts, clock);
        context = Map.of("issue", issue);
    }

    /** What Jira puts in a view-issue panel's context. */
    public Map<String, Object> context() {
        return context;
    }

    /** The panel's context for one view, after its condition, as Jira asks them. */
    public Map<String, Object> view() {
        if (!condition.shouldDisplay(context)) {
            throw new IllegalStateException("The panel's condition hid the case");
        }
        return panel.getContextMap(context);
    }

    /**
     * A case in lead review in project SG, raised about an adult in England who speaks Albanian, every app field read
     * from Jira: the options the case has, and nothing for the rest. The issue and its fields answer as plain objects
     * ({@link Answering}) for tests too: nobody counts them.
     */
    private static CaseOnJira onJira() {
        Map<String, String> ids = new HashMap<>(Map.of("issueType", CASE_TYPE,
                "status." + ReferralStep.LEAD_REVIEW.id(), LEAD_REVIEW));
        Map<String, CustomField> byId = new HashMap<>();
        Map<CustomField, Object> values = new HashMap<>();
        CaseFields.ALL.forEach(field -> {
            String id = "customfield_" + field.key();
            ids.put("field." + field.key(), id);
            byId.put(id, Answering.as(CustomField.class, (method, call) -> id));
        });
        values.put(byId.get("customfield_" + CaseFields.LANGUAGE), "Albanian");
        values.put(byId.get("customfield_" + CaseFields.IMMEDIATE_DANGER), option(ids, CaseFields.IMMEDIATE_DANGER,
                "no", 1L));
        values.put(byId.get("customfield_" + CaseFields.AGE_GROUP), option(ids, CaseFields.AGE_GROUP, "adult", 2L));
        values.put(byId.get("customfield_" + CaseFields.NATION), option(ids, CaseFields.NATION, "england", 3L));
        CustomFieldManager fields = Answering.as(CustomFieldManager.class,
                (method, call) -> byId.get((String) call[0]));
        IssueType type = Answering.as(IssueType.class, (method, call) -> CASE_TYPE);
        Status status = Answering.as(Status.class, (method, call) -> LEAD_REVIEW);
        Project project = Answering.as(Project.class, (method, call) -> "SG");
        return new CaseOnJira(Answering.as(MutableIssue.class, (method, call) -> switch (method) {
            case "getKey" -> KEY;
            case "getIssueType" -> type;
            case "getStatus" -> status;
            case "getProjectObject" -> project;
            case "getCustomFieldValue" -> values.get(call[0]);
            default -> throw new UnsupportedOperationException(method);
        }), fields, new SetupIds(ids));
    }

    private record CaseOnJira(MutableIssue issue, CustomFieldManager fields, SetupIds ids) {
    }

    private static Option option(Map<String, String> ids, String fieldKey, String valueId, long optionId) {
        ids.put("option." + fieldKey + "." + valueId, String.valueOf(optionId));
        return Answering.as(Option.class, (method, call) -> optionId);
    }

    private static List<ApplicationUser> people(int count) {
        List<ApplicationUser> people = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> people.add(Answering.as(ApplicationUser.class,
                (method, call) -> switch (method) {
                    case "getKey" -> "lead-" + i;
                    case "getDisplayName" -> "Lead " + i;
                    case "isActive" -> true;
                    case "getEmailAddress" -> "lead-" + i + "@example.org";
                    default -> throw new UnsupportedOperationException(method);
                })));
        return people;
    }

    /**
     * Jira's side of a view: for a test, a Mockito mock answering as given, which records each call to be counted;
     * for a benchmark, a plain proxy, so a mocking library's own work is not what is measured.
     */
    private static <T> T jira(Class<T> type, boolean counting, Answering.Answer answer) {
        return counting ? Mockito.mock(type, withSettings().defaultAnswer(call -> answer.answer(
                call.getMethod().getName(), call.getArguments()))) : Answering.as(type, answer);
    }

    /** A cache manager whose caches load every time: the view with nothing kept. */
    private static final class KeepingNothing implements CacheManager {
        @Override
        public <V> com.atlassian.cache.CachedReference<V> getCachedReference(String name,
                com.atlassian.cache.Supplier<V> supplier, com.atlassian.cache.CacheSettings required) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        public <K, V> com.atlassian.cache.Cache<K, V> getCache(String name, com.atlassian.cache.CacheLoader<K, V> loader,
                                                             com.atlassian.cache.CacheSettings required) {
            return new com.atlassian.cache.Cache<>() {
                @Override
                public V get(K key) {
                    return loader.load(key);
                }

                @Override
                public void removeAll() {
                    // Nothing kept.
                }
            };
        }
    }
}
