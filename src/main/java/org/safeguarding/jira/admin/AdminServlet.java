package org.safeguarding.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.accesslog.AccessLogExportServlet;
import org.safeguarding.jira.enablement.ProjectReadiness;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.panel.DirectoryOverview;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.plan.OurPlan;
import org.safeguarding.jira.plan.PlanServlet;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.AdminGate;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SelfCheckWords;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UkTime;
import org.safeguarding.jira.records.RetentionReports;
import org.safeguarding.jira.setup.SetupRuns;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

/**
 * The app's administration pages, one short page per area ({@code /plugins/servlet/safeguarding/admin/<area>}, each
 * linked from Jira's administration sidebar after Get started, the descriptor's configure.url): settings, projects,
 * the safeguarding plan, the directory of helplines, its translations, the access log and retention, and Jira
 * (set-up and self-check). Anonymous users are sent to log in, non-administrators get 403, and administrators must
 * pass WebSudo (re-enter their password) before a page renders: the pages lead to special-category personal data.
 * The forms (js/safeguarding-admin.js) change things through the REST API.
 */
@Named
public class AdminServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/admin";
    /** The administration's areas, one short page each ({@code PATH + "/" + area}), in the sidebar's order. */
    public static final List<String> AREAS = List.of("settings", "projects", "plan", "directory", "translations",
            "records", "jira");
    static final String TEMPLATE = "templates/admin/admin.vm";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient PageTemplates pages;
    private final transient DirectorySource directory;
    private final transient SettingsStore settings;
    private final transient PlanStore plan;
    private final transient RetentionReports retention;
    private final transient ProjectReadiness projects;
    private final transient SetupRuns setupRuns;
    private final transient SelfCheck selfCheck;
    private final transient LeadNames leadNames;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public AdminServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
                        PageTemplates pages, DirectorySource directory, SettingsStore settings,
                        PlanStore plan, RetentionReports retention, ProjectReadiness projects, SetupRuns setupRuns,
                        SelfCheck selfCheck, LeadNames leadNames, Texts texts) {
        this(userManager, loginUriProvider, webSudoManager, pages, directory, settings, plan, retention,
                projects, setupRuns, selfCheck, leadNames, texts, UkTime.CLOCK);
    }

    AdminServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
                 PageTemplates pages, DirectorySource directory, SettingsStore settings,
                 PlanStore plan, RetentionReports retention, ProjectReadiness projects, SetupRuns setupRuns,
                 SelfCheck selfCheck, LeadNames leadNames, Texts texts, Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.pages = pages;
        this.directory = directory;
        this.settings = settings;
        this.plan = plan;
        this.retention = retention;
        this.projects = projects;
        this.setupRuns = setupRuns;
        this.selfCheck = selfCheck;
        this.leadNames = leadNames;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AdminGate.passes(request, response, userManager, loginUriProvider, webSudoManager)) {
            return;
        }
        String area = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
        if (area.isEmpty()) {
            // The single page of earlier builds is now Get started and one page per area.
            response.sendRedirect(request.getContextPath() + GetStartedServlet.PATH);
            return;
        }
        if (!AREAS.contains(area)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> context = new HashMap<>(Map.of("jiraLine", jiraLine(), "area", area,
                "title", texts.text("safeguarding.admin.area." + area),
                "areas", areaLinks(request.getContextPath(), area, texts)));
        // Each page reads only what it shows: on a large Jira, the directory or the projects' schemes cost.
        context.putAll(switch (area) {
            case "settings" -> Map.of("settings", settingsForm(settings.read()));
            case "projects" -> projectsPage(request);
            case "plan" -> Map.of("plan", planForm(OurPlan.of(plan, texts), request.getContextPath()));
            case "directory" -> directoryPage();
            case "translations" -> Map.of("languages", DirectoryOverview.languages(directory, texts),
                    "today", LocalDate.now(clock).toString());
            case "records" -> Map.of("accessLogUrl", request.getContextPath() + AccessLogExportServlet.PATH,
                    "retention", retentionReport(settings.read().retentionYears(), request.getContextPath()));
            default -> Map.of("setup", SetupSection.of(setupRuns.latest(), texts, clock.getZone()), // jira
                    "selfCheck", SelfCheckSection.of(selfCheck.result(), texts, clock.getZone()));
        });
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.ADMIN, context, response.getWriter());
    }

    /**
     * The projects that offer the issue type, part by part, and the others a page at a time; or, where this Jira lacks
     * what the readiness reads, why the list is switched off (the page itself always shows).
     */
    private Map<String, Object> projectsPage(HttpServletRequest request) {
        Optional<String> switchedOff = SelfCheckWords.switchedOff(selfCheck.missingFor(projects.getClass()), texts);
        List<ProjectReadiness.ProjectStatus> statuses = switchedOff.isPresent() ? List.of() : projects.projects();
        List<String> ready = statuses.stream().filter(ProjectReadiness.ProjectStatus::ready)
                .map(ProjectReadiness.ProjectStatus::key).toList();
        Map<String, Object> page = new HashMap<>(ProjectsPage.of(statuses, projects.boardFilters(ready),
                request.getParameter("page"), request.getContextPath() + PATH + "/projects", texts));
        page.put("projectsSwitchedOff", switchedOff.orElse(""));
        return page;
    }

    private Map<String, Object> directoryPage() {
        LocalDate today = LocalDate.now(clock);
        return Map.of("entries", DirectoryOverview.entries(directory, texts, today), "today", today.toString(),
                "nations", DirectoryOverview.choices(Nation.class, texts),
                "audiences", DirectoryOverview.choices(Audience.class, texts),
                // A service is for women, men or people of neither; "prefers not to say" describes a person only.
                "genders", DirectoryOverview.choices(Gender.class, texts).stream()
                        .filter(choice -> !Gender.PREFER_NOT_TO_SAY.id().equals(choice.get("id"))).toList(),
                "categories", DirectoryOverview.choices(ResourceCategory.class, texts));
    }

    /** The link to Get started and to each area's page, in the sidebar's order, the current one marked. */
    static List<Map<String, Object>> areaLinks(String contextPath, String current, Texts texts) {
        return Stream.concat(Stream.of(Map.<String, Object>of("id", GetStartedServlet.AREA,
                        "url", contextPath + GetStartedServlet.PATH, "title", texts.text("safeguarding.checklist.link"),
                        "current", GetStartedServlet.AREA.equals(current))),
                AREAS.stream().map(each -> Map.<String, Object>of("id", each, "url", contextPath + PATH + "/" + each,
                        "title", texts.text("safeguarding.admin.area." + each), "current", each.equals(current))))
                .toList();
    }

    /** The latest retention report: when it ran ("" if never) and each case due, linked to its issue. */
    private Map<String, Object> retentionReport(Integer retentionYears, String contextPath) {
        Optional<RetentionReports.Report> latest = retention.latest();
        List<Map<String, Object>> due = latest.map(report -> report.due().stream().map(closed -> Map.<String, Object>of(
                "key", closed.caseKey(), "url", contextPath + "/browse/" + closed.caseKey(),
                "closedOn", UkDates.day(closed.closedOn()),
                "dueOn", closed.dueOn(retentionYears).map(UkDates::day).orElse(""))).toList()).orElse(List.of());
        int total = latest.map(RetentionReports.Report::total).orElse(0);
        return Map.of("ranOn", latest.map(report -> UkDates.day(report.ranOn())).orElse(""), "due", due,
                "hasDue", !due.isEmpty(), "total", total, "more", total > due.size(),
                "listed", RetentionReports.LISTED);
    }

    /** The plan as the form shows it: the template until an admin saves one, and where workers read it. */
    private Map<String, Object> planForm(OurPlan ours, String contextPath) {
        return Map.of("parts", ours.parts(texts), "template", ours.template(),
                "changedOn", ours.changedOn() == null ? "" : UkDates.day(ours.changedOn()),
                "url", contextPath + PlanServlet.PATH);
    }

    /** The settings as the form shows them: each nation with whether it is ticked, and empty text for none. */
    private Map<String, Object> settingsForm(AppSettings current) {
        String role = Objects.toString(current.leadProjectRole(), "");
        List<Map<String, Object>> roles = roleChoices(role);
        return Map.of("nations", Arrays.stream(Nation.values()).map(nation -> Map.<String, Object>of(
                        "id", nation.id(), "label", texts.text(nation.labelKey()),
                        "checked", current.nations().contains(nation))).toList(),
                "firstResponder", current.firstResponder(),
                "dutyToNotify", current.dutyToNotify(),
                "leadGroup", Objects.toString(current.leadGroup(), ""),
                "leadProjectRole", role,
                "roles", roles,
                "hasRoles", !roles.isEmpty(),
                "assignToLeadOnDuty", current.assignToLeadOnDuty(),
                "retentionYears", Objects.toString(current.retentionYears(), ""));
    }

    /**
     * Jira's project roles to pick the leads' role from, the saved one selected; a saved role Jira no longer has stays
     * on the list, saying so, so saving the other settings does not silently drop it. Empty when Jira cannot list its
     * roles: the form then takes the role's name typed.
     */
    private List<Map<String, Object>> roleChoices(String saved) {
        List<String> names = leadNames.projectRoles();
        if (names.isEmpty()) {
            return List.of();
        }
        Stream<Map<String, Object>> missing = saved.isEmpty() || names.contains(saved) ? Stream.empty()
                : Stream.of(Map.of("name", saved, "selected", true,
                        "label", texts.text("safeguarding.admin.settings.leadProjectRole.missing", saved)));
        return Stream.concat(missing, names.stream().map(name -> Map.<String, Object>of("name", name, "label", name,
                "selected", name.equals(saved)))).toList();
    }

    /**
     * Which Jira line this build is for, so an admin can tell whether the right jar is installed. The jira11 jar is
     * this class with {@code javax.servlet} renamed to {@code jakarta.servlet}, which the superclass name shows.
     */
    static String jiraLine() {
        return HttpServlet.class.getName().startsWith("jakarta.") ? "11.3" : "10.3";
    }
}
