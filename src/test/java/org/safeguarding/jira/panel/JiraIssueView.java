package org.safeguarding.jira.panel;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.cache.CacheManager;
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
 * lead standing, the access log, and the template. Jira's side is Mockito: {@code counting} mocks record every call
 * for a test to count; otherwise they only answer, as a benchmark needs.
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
        permissions = jira(PermissionManager.class, counting);
        issues = jira(IssueManager.class, counting);
        groups = jira(GroupManager.class, counting);
        salUsers = jira(com.atlassian.sal.api.user.UserManager.class, counting);
        setup = jira(SetupStore.class, counting);
        com.atlassian.jira.user.util.UserManager jiraUsers = jira(com.atlassian.jira.user.util.UserManager.class,
                counting);
        ApplicationUser viewer = jira(ApplicationUser.class, counting);
        TestUser user = TestUser.worker();
        Clock clock = new UkClock();
        Texts texts = new PropertiesTexts();

        // Jira's managers count; the issue and its fields answer as plain objects (see onJira).
        CaseOnJira onJira = onJira(setup);
        MutableIssue issue = onJira.issue();
        CustomFieldManager fields = onJira.fields();
        when(jiraUsers.getUserByKey("worker")).thenReturn(viewer);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, viewer)).thenReturn(true);
        when(salUsers.isUserInGroup(any(), any())).thenReturn(false);
        List<ApplicationUser> group = people(leads, counting);
        when(groups.getUsersInGroup(LEAD_GROUP)).thenReturn(group);

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
        ConfiguredLeads leadsNamed = new ConfiguredLeads(salUsers, jiraUsers, jira(ProjectRoleManager.class, counting),
                groups, settings);
        JiraCases cases = new JiraCases(user, jiraUsers, issues, permissions,
                new JiraCaseReader(fields, setup, jira(CommentManager.class, counting)), leadsNamed);
        CacheManager caches = keep ? new LocalCaches() : new KeepingNothing();
        LocaleResolver locale = keep ? () -> Locale.UK : () -> null;
        ApplicationProperties application = jira(ApplicationProperties.class, counting);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        SharedSections shared = new SharedSections(new VelocityTemplateRenderer(), locale, texts);
        condition = new CaseCondition(cases, new SelfCheck(clock));
        panel = new ResourcesPanelContext(cases, cases, application, new DirectorySource() {
            @Override
            public ResourceDirectory directory() {
                return directory;
            }

            @Override
            public Explanations explanations() {
                return explanations;
            }
        }, shared, settings, new AccessRecorder(new InMemoryAccessLog(), user, clock),
                new CaseCard(new JiraCaseLeadNames(caches, leadsNamed, jira(ProjectManager.class, counting)),
                        new InMemoryLeadsTold(), texts, clock),
                new LeadOnDutyLine(new InMemoryDutyRota(key -> "Sam Lead", clock), user, texts, clock), texts, clock);
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
     * ({@link Answering}), as cheap as Jira's own in memory, so the view is not measured by a mocking library.
     */
    private static CaseOnJira onJira(SetupStore setup) {
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
        SetupIds setupIds = new SetupIds(ids);
        when(setup.load()).thenReturn(setupIds);
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
        }), fields);
    }

    private record CaseOnJira(MutableIssue issue, CustomFieldManager fields) {
    }

    private static Option option(Map<String, String> ids, String fieldKey, String valueId, long optionId) {
        ids.put("option." + fieldKey + "." + valueId, String.valueOf(optionId));
        return Answering.as(Option.class, (method, call) -> optionId);
    }

    private static List<ApplicationUser> people(int count, boolean counting) {
        List<ApplicationUser> people = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            ApplicationUser person = jira(ApplicationUser.class, counting);
            when(person.getKey()).thenReturn("lead-" + i);
            when(person.getDisplayName()).thenReturn("Lead " + i);
            when(person.isActive()).thenReturn(true);
            when(person.getEmailAddress()).thenReturn("lead-" + i + "@example.org");
            people.add(person);
        });
        return people;
    }

    private static <T> T jira(Class<T> type, boolean counting) {
        return counting ? Mockito.mock(type) : Mockito.mock(type, withSettings().stubOnly());
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
