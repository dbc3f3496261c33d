package org.safeguarding.jira.admin;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;
import org.safeguarding.jira.enablement.ProjectReadiness;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.platform.AppVersion;
import org.safeguarding.jira.platform.DataVersion;
import org.safeguarding.jira.platform.HostApiCheck;
import org.safeguarding.jira.platform.HostMember;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.records.InMemoryRetentionReports;
import org.safeguarding.jira.records.RetentionReports;
import org.safeguarding.jira.setup.InMemorySetupRuns;
import org.safeguarding.preview.InMemoryPluginSettings;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.ClosedCase;
import org.safeguarding.screening.Nation;

public class AdminServletTest {
    private static final UserKey ADMIN = new UserKey("admin");
    private static final UserKey WORKER = new UserKey("worker");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.STRICT_STUBS);

    @Mock
    private UserManager userManager;
    @Mock
    private LoginUriProvider loginUriProvider;
    @Mock
    private WebSudoManager webSudoManager;
    @Mock
    private TemplateRenderer templateRenderer;
    private final ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final InMemoryRetentionReports retention = new InMemoryRetentionReports();
    private final InMemorySetupRuns setupRuns = new InMemorySetupRuns();
    private final InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
    @Mock
    private SelfCheck selfCheck;
    private final InMemorySettings settings = new InMemorySettings(new AppSettings(Set.of(Nation.WALES), true, false,
            "safeguarding-leads", null, 6));
    private LeadNames leadNames = new SampleLeadNames();

    private AdminServlet servlet() {
        Texts texts = new PropertiesTexts();
        Clock clock = Clock.fixed(Instant.parse("2027-12-06T09:00:00Z"), ZoneId.of("Europe/London"));
        ShippedDirectory directory = new ShippedDirectory();
        return new AdminServlet(userManager, loginUriProvider, webSudoManager, new PageTemplates(templateRenderer,
                pageBuilder, new SelfCheck(clock), texts), List.of(new SettingsArea(settings, leadNames, texts),
                new ProjectsArea(() -> List.of(new ProjectReadiness.ProjectStatus("SG", "Safeguarding", true, true,
                        false, ProjectReadiness.Confidentiality.OWN_SCHEME)), project -> null, selfCheck, texts),
                new PlanArea(new InMemoryPlanStore(), texts), new DirectoryArea(directory, texts, clock),
                new TranslationsArea(directory, texts, clock), new RecordsArea(settings, retention),
                new JiraArea(setupRuns, selfCheck, new AppVersion(), new DataVersion(pluginSettings, new AppVersion()),
                        texts, clock)), texts);
    }

    @Test
    public void doGet_shouldSendAnonymousUsersToLogInAndBackToThePage() throws Exception {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example/plugins/servlet/safeguarding/admin"));
        when(request.getQueryString()).thenReturn("tab=settings");
        URI returnTo = URI.create("https://jira.example/plugins/servlet/safeguarding/admin?tab=settings");
        when(loginUriProvider.getLoginUri(returnTo)).thenReturn(URI.create("https://jira.example/login.jsp"));

        servlet().doGet(request, response);

        verify(response).sendRedirect("https://jira.example/login.jsp");
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void doGet_shouldForbidUsersWhoAreNotAdministrators() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(WORKER);

        servlet().doGet(request, response);

        verify(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        verify(webSudoManager, never()).enforceWebSudoProtection(request, response);
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void doGet_shouldAskAdministratorsToConfirmTheirPasswordFirst() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);
        when(userManager.isAdmin(ADMIN)).thenReturn(true);

        servlet().doGet(request, response);

        verify(webSudoManager).enforceWebSudoProtection(request, response);
        verifyNoInteractions(templateRenderer);
    }

    @Test
    public void doGet_shouldRenderThePageForAnAdministratorInAWebSudoSession() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = renderAsAdmin("projects");

        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(context.getValue().get("area"), equalTo("projects"));
        assertThat(context.getValue().get("title"), equalTo("Projects"));
        assertThat(((List<?>) context.getValue().get("areas")).get(2), equalTo(Map.of("id", "projects",
                "url", "/jira/plugins/servlet/safeguarding/admin/projects", "title", "Projects", "current", true)));
        assertThat(context.getValue().get("jiraLine"), equalTo("10.3"));
        assertThat(context.getValue().get("projects"), equalTo(List.of(Map.of("key", "SG", "name", "Safeguarding",
                "issueType", true, "screens", true, "workflow", false, "confidentiality", "own-scheme",
                "ready", false, "boardFilter", "", "boardName", "Safeguarding SG"))));
        assertThat(context.getValue().get("hasProjects"), equalTo(true));
        assertThat("SG offers concerns but has no referral workflow", context.getValue().get("unreadyOffering"),
                equalTo("Safeguarding (SG)"));
        assertThat(context.getValue().get("projectsSwitchedOff"), equalTo(""));
        assertThat("the projects page reads no directory", context.getValue().containsKey("entries"), equalTo(false));
    }

    @Test
    public void doGet_shouldShowTheDirectoryWithWhatIsDueForChecking() throws Exception {
        Map<String, Object> context = renderAsAdmin("directory").getValue();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) context.get("entries");
        assertThat(entries.get(0).get("id"), equalTo("police-emergency"));
        assertThat(entries.get(0).get("name"), equalTo("Police: emergency"));
        assertThat(entries.get(0).get("where"), equalTo("Whole UK"));
        assertThat(entries.get(0).get("due"), equalTo(true));
        assertThat(context.get("today"), equalTo("2027-12-06"));
        assertThat(((List<?>) context.get("nations")).size(), equalTo(4));
        assertThat(((List<?>) context.get("audiences")).get(1), equalTo(Map.of("id", "adults", "label", "Adults")));
        assertThat(((List<?>) context.get("categories")).size(), equalTo(6));
        assertThat("the directory page reads no project", context.containsKey("projects"), equalTo(false));
    }

    @Test
    public void doGet_shouldShowEachTranslationToRecordWhoCheckedIt() throws Exception {
        Map<String, Object> context = renderAsAdmin("translations").getValue();

        // Ten translations; English is the original, with nothing for a fluent speaker to check.
        assertThat(((List<?>) context.get("languages")).size(), equalTo(10));
        assertThat(((List<?>) context.get("languages")).stream().map(language -> ((Map<?, ?>) language).get("tag"))
                .toList().contains("en"), equalTo(false));
        assertThat(context.get("today"), equalTo("2027-12-06"));
    }

    @Test
    public void doGet_shouldShowTheSettingsAsStored() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) renderAsAdmin("settings").getValue().get("settings");

        assertThat(settings.get("nations"), equalTo(List.of(
                Map.of("id", "england", "label", "England", "checked", false),
                Map.of("id", "wales", "label", "Wales", "checked", true),
                Map.of("id", "scotland", "label", "Scotland", "checked", false),
                Map.of("id", "northern-ireland", "label", "Northern Ireland", "checked", false))));
        assertThat(settings.get("firstResponder"), equalTo(true));
        assertThat(settings.get("dutyToNotify"), equalTo(false));
        assertThat(settings.get("leadGroup"), equalTo("safeguarding-leads"));
        assertThat(settings.get("leadProjectRole"), equalTo(""));
        assertThat(settings.get("retentionYears"), equalTo("6"));
    }

    @Test
    public void doGet_shouldShowSetUpAndTheSelfCheckOnTheJiraPage() throws Exception {
        Map<String, Object> context = renderAsAdmin("jira").getValue();

        assertThat(context.get("setup"), notNullValue());
        assertThat(context.get("selfCheck"), notNullValue());
        assertThat(context.get("jiraLine"), equalTo("10.3"));
        assertThat(context.get("version"), equalTo(System.getProperty("safeguarding.version")));
        assertThat(context.get("newerVersion"), equalTo(""));
    }

    @Test
    public void doGet_shouldNameTheNewerVersionThatUsedTheDataOnTheJiraPage() throws Exception {
        pluginSettings.put("org.safeguarding.data.newest-version", "999.0.0");

        assertThat(renderAsAdmin("jira").getValue().get("newerVersion"), equalTo("999.0.0"));
    }

    @Test
    public void doGet_shouldShowThePlanAndTheRecords() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) renderAsAdmin("plan").getValue().get("plan");
        Map<String, Object> records = renderAsAdmin("records").getValue();

        assertThat(plan.get("template"), equalTo(true));
        assertThat(plan.get("url"), equalTo("/jira/plugins/servlet/safeguarding/plan"));
        assertThat(((List<?>) plan.get("parts")).size(), equalTo(4));
        assertThat(records.get("accessLogUrl"), equalTo("/jira/plugins/servlet/safeguarding/access-log.csv"));
        assertThat(records.get("retention"), equalTo(Map.of("ranOn", "", "due", List.of(), "hasDue", false,
                "total", 0, "more", false, "listed", 500)));
    }

    @Test
    public void doGet_shouldShowTheLatestRetentionReportWithEachCaseDueLinkedAndWhenItIsDue() throws Exception {
        retention.save(new RetentionReports.Report(LocalDate.of(2027, 11, 30), List.of(
                new ClosedCase("SG-3", LocalDate.of(2020, 1, 6), LocalDate.of(2030, 1, 1))), 1));

        ArgumentCaptor<Map<String, Object>> context = renderAsAdmin("records");

        assertThat(context.getValue().get("retention"), equalTo(Map.of("ranOn", "30 Nov 2027", "hasDue", true,
                "total", 1, "more", false, "listed", 500, "due", List.of(Map.of("key", "SG-3", "url", "/jira/browse/SG-3",
                        "closedOn", "6 Jan 2020", "dueOn", "6 Jan 2026")))));
    }

    @Test
    public void doGet_shouldReadNoProjectsSchemesOutsideTheProjectsPage() throws Exception {
        ArgumentCaptor<Map<String, Object>> context = renderAsAdmin("settings");

        assertThat(context.getValue().containsKey("projects"), equalTo(false));
    }

    @Test
    public void doGet_shouldOfferJirasProjectRolesToPickTheLeadsRoleFrom() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> form = (Map<String, Object>) renderAsAdmin("settings").getValue().get("settings");

        assertThat(form.get("hasRoles"), equalTo(true));
        assertThat(form.get("roles"), equalTo(List.of(
                Map.of("name", "Administrators", "label", "Administrators", "selected", false),
                Map.of("name", "Developers", "label", "Developers", "selected", false),
                Map.of("name", "Safeguarding lead", "label", "Safeguarding lead", "selected", false))));
    }

    @Test
    public void doGet_shouldKeepASavedRoleJiraNoLongerHasSelectedAndSaySo() throws Exception {
        settings.save(new AppSettings(Set.of(Nation.WALES), true, false, null, "Safeguarding leads (old)", 6));

        @SuppressWarnings("unchecked")
        Map<String, Object> form = (Map<String, Object>) renderAsAdmin("settings").getValue().get("settings");

        assertThat(((List<?>) form.get("roles")).get(0), equalTo(Map.of("name", "Safeguarding leads (old)",
                "label", "Safeguarding leads (old) (Jira has no project role of this name now: choose another)",
                "selected", true)));
        assertThat(((List<?>) form.get("roles")).size(), equalTo(4));
    }

    @Test
    public void doGet_shouldTakeTheRoleTypedWhenJiraCannotListItsRoles() throws Exception {
        leadNames = mock(LeadNames.class);

        @SuppressWarnings("unchecked")
        Map<String, Object> form = (Map<String, Object>) renderAsAdmin("settings").getValue().get("settings");

        assertThat(form.get("hasRoles"), equalTo(false));
        assertThat(form.get("roles"), equalTo(List.of()));
    }

    /** Opens the page as an administrator in a WebSudo session, and gives what it was rendered with. */
    @Test
    public void doGet_shouldShowThePageWithTheProjectsTableSwitchedOffWhenThisJiraLacksWhatItReads() throws Exception {
        HostMember member = new HostMember(HostMember.Kind.METHOD,
                "com/atlassian/jira/workflow/WorkflowSchemeManager", "getWorkflowSchemeObj",
                "(Lcom/atlassian/jira/project/Project;)Lcom/atlassian/jira/workflow/AssignableWorkflowScheme;",
                HostMember.Use.INTERFACE, Set.of("org.safeguarding.jira.enablement.JiraProjectReadiness"));
        when(selfCheck.missingFor(any())).thenReturn(List.of(new SelfCheck.Found(
                new HostApiCheck.Missing(member, "no such method"), member.users())));

        ArgumentCaptor<Map<String, Object>> context = renderAsAdmin("projects");

        assertThat(context.getValue().get("projects"), equalTo(List.of()));
        assertThat((String) context.getValue().get("projectsSwitchedOff"), containsString(
                "this Jira lacks WorkflowSchemeManager.getWorkflowSchemeObj(Project)"));
    }

    private ArgumentCaptor<Map<String, Object>> renderAsAdmin(String area) throws Exception {
        when(request.getPathInfo()).thenReturn("/" + area);
        if ("jira".equals(area)) {
            when(selfCheck.result()).thenReturn(new SelfCheck(new UkClock()).result());
        }
        when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);
        when(userManager.isAdmin(ADMIN)).thenReturn(true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);
        when(request.getContextPath()).thenReturn("/jira");
        PrintWriter writer = new PrintWriter(new StringWriter());
        when(response.getWriter()).thenReturn(writer);

        servlet().doGet(request, response);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        verify(templateRenderer).render(eq(AdminServlet.TEMPLATE), context.capture(), eq(writer));
        assertThat("the page requires its styles and scripts before it renders", pageBuilder.drain(),
                contains("org.safeguarding.safeguarding-for-jira:safeguarding-admin-resources"));
        return context;
    }

    @Test
    public void doGet_shouldSendTheOldSinglePageToGetStartedAndAnswerAnUnknownAreaAsNotFound() throws Exception {
        when(userManager.getRemoteUserKey(request)).thenReturn(ADMIN);
        when(userManager.isAdmin(ADMIN)).thenReturn(true);
        when(webSudoManager.canExecuteRequest(request)).thenReturn(true);
        when(request.getContextPath()).thenReturn("/jira");

        servlet().doGet(request, response);
        when(request.getPathInfo()).thenReturn("/settingz");
        servlet().doGet(request, response);

        verify(response).sendRedirect("/jira/plugins/servlet/safeguarding/get-started");
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
        verifyNoInteractions(templateRenderer);
    }

    /** A page missing from the areas Spring finds would be a dead link in the sidebar: refused at start-up instead. */
    @Test
    public void constructor_shouldRefuseAreasThatAreNotExactlyTheSidebarsPages() {
        Texts texts = new PropertiesTexts();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new AdminServlet(
                userManager, loginUriProvider, webSudoManager, null,
                List.of(new PlanArea(new InMemoryPlanStore(), texts)), texts));

        assertThat(refused.getMessage(), containsString("settings"));
    }

    @Test
    public void jiraLine_shouldBe10_3ForTheJavaxBuild() {
        assertThat(AdminServlet.jiraLine(), equalTo("10.3"));
    }
}
