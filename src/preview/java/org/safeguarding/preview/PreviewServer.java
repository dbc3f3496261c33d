package org.safeguarding.preview;

import com.atlassian.sal.api.ApplicationProperties;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee8.servlet.DefaultServlet;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.jsoup.nodes.Element;
import org.safeguarding.check.VelocityTemplateRenderer;
import org.safeguarding.jira.accesslog.AccessLogExportServlet;
import org.safeguarding.jira.accesslog.AccessLogPanelContext;
import org.safeguarding.jira.accesslog.CaseLeadCondition;
import org.safeguarding.jira.admin.AdminServlet;
import org.safeguarding.jira.admin.ChecklistFacts;
import org.safeguarding.jira.admin.ChecklistResource;
import org.safeguarding.jira.admin.DirectoryArea;
import org.safeguarding.jira.admin.GetStartedServlet;
import org.safeguarding.jira.admin.JiraArea;
import org.safeguarding.jira.admin.PlanArea;
import org.safeguarding.jira.admin.ProjectsArea;
import org.safeguarding.jira.admin.RecordsArea;
import org.safeguarding.jira.admin.SettingsArea;
import org.safeguarding.jira.admin.SettingsResource;
import org.safeguarding.jira.admin.TranslationsArea;
import org.safeguarding.jira.assessment.AssessmentResource;
import org.safeguarding.jira.assessment.IssueAssessmentResource;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CasePages;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.cases.LeadPages;
import org.safeguarding.jira.cases.PersonCases;
import org.safeguarding.jira.chronology.ChronologyServlet;
import org.safeguarding.jira.connections.ConnectionsServlet;
import org.safeguarding.jira.connections.InMemoryCaseMarkers;
import org.safeguarding.jira.connections.MarkerResource;
import org.safeguarding.jira.connections.MarkersServlet;
import org.safeguarding.jira.connections.PoliceIntelligenceServlet;
import org.safeguarding.jira.directory.CachedDirectory;
import org.safeguarding.jira.directory.DirectoryEditor;
import org.safeguarding.jira.directory.ResourcesResource;
import org.safeguarding.jira.enablement.EnablementResource;
import org.safeguarding.jira.enablement.ProjectCreationResource;
import org.safeguarding.jira.figures.FiguresResource;
import org.safeguarding.jira.figures.FiguresServlet;
import org.safeguarding.jira.figures.InMemoryPublishedFigures;
import org.safeguarding.jira.leads.DutyResource;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.leads.InMemoryDutyRota;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.missing.MissingSummaryServlet;
import org.safeguarding.jira.nrm.NrmDraftServlet;
import org.safeguarding.jira.panel.CaseCard;
import org.safeguarding.jira.panel.CaseCondition;
import org.safeguarding.jira.panel.HandoutServlet;
import org.safeguarding.jira.panel.LeadOnDutyLine;
import org.safeguarding.jira.panel.OtherConcernsLine;
import org.safeguarding.jira.panel.ResourcesPanelContext;
import org.safeguarding.jira.panel.ServicesServlet;
import org.safeguarding.jira.panel.SharedSections;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.plan.PlanResource;
import org.safeguarding.jira.plan.PlanServlet;
import org.safeguarding.jira.platform.AppVersion;
import org.safeguarding.jira.platform.DataVersion;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.NoStoreFilter;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.ThreadPageBuilder;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.platform.rest.ClientErrorsJson;
import org.safeguarding.jira.platform.rest.JsonOnlyWrites;
import org.safeguarding.jira.platform.rest.RequestSizeLimit;
import org.safeguarding.jira.platform.rest.SelfCheckResource;
import org.safeguarding.jira.platform.rest.SwitchedOffFilter;
import org.safeguarding.jira.raise.ConcernResource;
import org.safeguarding.jira.raise.PosterServlet;
import org.safeguarding.jira.raise.RaiseConcernServlet;
import org.safeguarding.jira.raise.SpotTheSignsServlet;
import org.safeguarding.jira.records.Anonymisation;
import org.safeguarding.jira.records.AnonymiseResource;
import org.safeguarding.jira.records.AnonymiseServlet;
import org.safeguarding.jira.records.HandoutPrintedResource;
import org.safeguarding.jira.records.InMemoryClosedCases;
import org.safeguarding.jira.records.InMemoryRetentionReports;
import org.safeguarding.jira.records.SubjectAccessResource;
import org.safeguarding.jira.records.SubjectAccessServlet;
import org.safeguarding.jira.setup.InMemorySetupRuns;
import org.safeguarding.jira.setup.SetupRuns;
import org.safeguarding.jira.setup.SetupStep;
import org.safeguarding.jira.sharing.AgencyLogResource;
import org.safeguarding.jira.sharing.AgencyLogServlet;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.jira.staff.InMemoryTrainingRecords;
import org.safeguarding.jira.staff.PlanReadersServlet;
import org.safeguarding.jira.staff.StaffDataResource;
import org.safeguarding.jira.staff.StaffPageGate;
import org.safeguarding.jira.staff.StoredStaffReadiness;
import org.safeguarding.jira.staff.TrainingResource;
import org.safeguarding.jira.staff.TrainingServlet;
import org.safeguarding.jira.work.WorkResource;
import org.safeguarding.jira.work.WorkServlet;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseAccess;

/**
 * The preview host: real Jetty serving the plugin's own servlets at the paths Jira gives them, Jersey serving its
 * REST resources under {@code /rest/safeguarding/1.0}, its templates rendered by Velocity, and AUI from npm, over
 * in-memory adapters. Nothing here is a feature: every screen and answer comes from the plugin's classes.
 */
public final class PreviewServer implements AutoCloseable {

    /** Enough reads of Jetty's buffers to drop 2 MB, as Tomcat's maxSwallowSize does. */
    private static final int UNREAD_BODY_READS = 256;

    private final Server server;
    private final PreviewUser user = new PreviewUser();
    private final AgileBoardServlet boards = new AgileBoardServlet(user);
    private final PreviewCases cases = new PreviewCases(user);
    private final InMemoryAccessLog accessLog = new InMemoryAccessLog();

    private PreviewServer(int port, Path webPackages) {
        if (!Files.isDirectory(webPackages.resolve("@atlassian/aui"))) {
            throw new IllegalStateException("AUI is not installed in " + webPackages
                    + ": run mvn process-test-resources (it runs npm ci)");
        }
        Texts texts = new PropertiesTexts();
        Clock clock = new UkClock();
        InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
        InMemoryPlanStore plan = new InMemoryPlanStore();
        InMemoryPlanReads planReads = new InMemoryPlanReads();
        AccessRecorder access = new AccessRecorder(accessLog, user, clock);
        ApplicationProperties application = mode -> "";
        InMemoryDirectoryStore store = new InMemoryDirectoryStore();
        LocalLocks locks = new LocalLocks();
        CachedDirectory directory = new CachedDirectory(new LocalCaches(), store, locks);
        DirectoryEditor editor = new DirectoryEditor(store, directory, locks, clock);
        PluginWebResources webResources = new PluginWebResources();
        ThreadPageBuilder pageBuilder = new ThreadPageBuilder();
        PreviewTemplates templates = new PreviewTemplates(webResources, pageBuilder, user);
        // The preview's Jira is the stand-ins the app is built against: every member the app uses is there.
        SelfCheck selfCheck = new SelfCheck(clock);
        PageTemplates pages = new PageTemplates(templates, pageBuilder, selfCheck, texts);


        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new PreviewSessions(user)), "/*", EnumSet.of(DispatcherType.REQUEST));
        // As the descriptor's servlet-filter puts it in front of every page and REST answer of the app in Jira.
        for (String ours : List.of("/plugins/servlet/safeguarding/*", "/rest/safeguarding/*")) {
            context.addFilter(new FilterHolder(new NoStoreFilter()), ours, EnumSet.of(DispatcherType.REQUEST));
        }
        SetupRuns setupRuns = setUpByAnAdmin();
        AppVersion appVersion = new AppVersion();
        DataVersion dataVersion = new DataVersion(new InMemoryPluginSettings(), appVersion);
        dataVersion.started();
        SampleLeadNames leadNames = new SampleLeadNames();
        PreviewProjects projects = new PreviewProjects(cases.count("SG"), settings, leadNames);
        ServletHolder admin = new ServletHolder(new AdminServlet(user, user, user, pages, List.of(
                new SettingsArea(settings, leadNames, texts), new ProjectsArea(projects, projects, selfCheck,
                        texts),
                new PlanArea(plan, texts), new DirectoryArea(directory, texts, clock),
                new TranslationsArea(directory, texts, clock), new RecordsArea(settings, new InMemoryRetentionReports()),
                new JiraArea(setupRuns, selfCheck, appVersion, dataVersion, texts, clock)), texts));
        context.addServlet(admin, PreviewFrame.ADMIN_PAGE);
        context.addServlet(admin, PreviewFrame.ADMIN_PAGE + "/*");
        FiguresReaders figuresReaders = new FiguresReaders(user, settings);
        context.addServlet(new ServletHolder(new PlanServlet(user, user, plan, planReads, figuresReaders, pages,
                texts)), PlanServlet.PATH);
        InMemoryTrainingRecords training = new InMemoryTrainingRecords();
        StoredStaffReadiness staff = new StoredStaffReadiness(settings, leadNames, plan, planReads, training);
        StaffPageGate staffPages = new StaffPageGate(user, user, figuresReaders, pages);
        context.addServlet(new ServletHolder(new PlanReadersServlet(staffPages, staff, plan, pages, texts, clock)),
                PlanReadersServlet.PATH);
        context.addServlet(new ServletHolder(new TrainingServlet(staffPages, staff, pages, texts, clock)),
                TrainingServlet.PATH);
        context.addServlet(new ServletHolder(new SpotTheSignsServlet(user, user, directory, pages, texts)),
                SpotTheSignsServlet.PATH);
        context.addServlet(new ServletHolder(new PosterServlet(user, user, directory, settings, pages)),
                PosterServlet.PATH);
        ChecklistFacts checklist = new ChecklistFacts(setupRuns, selfCheck, settings, leadNames,
                plan, directory, projects, projects, texts, clock);
        context.addServlet(new ServletHolder(new GetStartedServlet(user, user, user, checklist, staff, pages,
                texts, clock)),
                GetStartedServlet.PATH);
        context.addServlet(new ServletHolder(new RaiseConcernServlet(user, user, cases, directory, plan, planReads,
                pages, texts, clock)),
                RaiseConcernServlet.PATH);
        InMemoryPublishedFigures publishedFigures = new InMemoryPublishedFigures();
        context.addServlet(new ServletHolder(new WorkServlet(user, user, cases, figuresReaders, cases, staff, pages,
                texts, clock)),
                WorkServlet.PATH);
        context.addServlet(new ServletHolder(new AccessLogExportServlet(user, user, user, accessLog, key -> key,
                texts, clock)), AccessLogExportServlet.PATH);
        InMemoryClosedCases closedCases = new InMemoryClosedCases();
        // The preview's Jira names its users by their keys, as the leads' names on its cases show.
        InMemoryDutyRota duty = new InMemoryDutyRota(key -> key, clock);
        PreviewWorkflow workflow = new PreviewWorkflow(user, cases, settings, accessLog, closedCases, selfCheck,
                texts, clock);
        cases.statusesFrom(workflow::status);
        cases.outcomesFrom(workflow::resolution);
        cases.settingsFrom(settings);
        cases.dangerThrough(workflow::intoImmediateDanger);
        InMemoryAgencyLog agencyLog = new InMemoryAgencyLog();
        InMemoryCaseMarkers markers = new InMemoryCaseMarkers();
        Anonymisation anonymisation = new Anonymisation(cases, cases, new PreviewAnonymiser(cases, workflow), access,
                closedCases, agencyLog, markers, user, key -> key, texts, clock);
        EditCaseServlet editCase = new EditCaseServlet(user, cases, texts);
        SharedSections shared = new SharedSections(new VelocityTemplateRenderer(), () -> Locale.UK, texts);
        context.addServlet(new ServletHolder(new TransitionServlet(user, cases, workflow, editCase, texts)),
                TransitionServlet.PATH + "/*");
        PreviewCaseLinks caseLinks = new PreviewCaseLinks(texts);
        context.addServlet(new ServletHolder(new CasePageServlet(user, cases, workflow, templates, texts, caseLinks,
                List.of(
                new CasePageServlet.WebPanel(texts.text("safeguarding.panel.title"), new CaseCondition(cases, selfCheck),
                        new ResourcesPanelContext(cases, cases, application, directory, shared, settings, access,
                                new CaseCard(cases, workflow, texts, clock),
                                new LeadOnDutyLine(duty, user, texts, clock), new OtherConcernsLine(cases, texts),
                                texts, clock),
                        "templates/panel/resources.vm"),
                new CasePageServlet.WebPanel(texts.text("safeguarding.access.panel.title"),
                        new CaseLeadCondition(cases, selfCheck),
                        new AccessLogPanelContext(cases, markers, application, accessLog, key -> key, texts, clock),
                        "templates/audit/access-log-panel.vm")))), CasePageServlet.PATH + "/*");
        ServletHolder edit = new ServletHolder(editCase);
        context.addServlet(edit, EditCaseServlet.PATH);
        context.addServlet(edit, EditCaseServlet.PATH + "/*");
        CasePages casePages = new CasePages(user, user, cases, pages, texts);
        context.addServlet(new ServletHolder(new HandoutServlet(casePages, access, directory, settings, pages, clock)),
                "/plugins/servlet/safeguarding/handout");
        context.addServlet(new ServletHolder(new ServicesServlet(casePages, user, directory, shared, settings,
                pages, texts, clock)), "/plugins/servlet/safeguarding/services");
        context.addServlet(new ServletHolder(new MissingSummaryServlet(casePages, access, texts, pages, settings,
                agencyLog, duty, clock)),
                "/plugins/servlet/safeguarding/missing-summary");
        LeadPages exports = new LeadPages(user, user, cases, cases, access, texts);
        context.addServlet(new ServletHolder(new SubjectAccessServlet(exports, agencyLog, key -> key, pages, settings,
                texts, clock)),
                "/plugins/servlet/safeguarding/subject-access");
        context.addServlet(new ServletHolder(new NrmDraftServlet(exports, agencyLog, settings, pages, texts, clock)),
                "/plugins/servlet/safeguarding/nrm-draft");
        context.addServlet(new ServletHolder(new AgencyLogServlet(exports, agencyLog, key -> key, settings, pages, texts,
                clock)),
                "/plugins/servlet/safeguarding/agency-log");
        context.addServlet(new ServletHolder(new ConnectionsServlet(user, user, markers, cases, cases, settings,
                access, pages, texts, clock)), "/plugins/servlet/safeguarding/connections");
        context.addServlet(new ServletHolder(new PoliceIntelligenceServlet(user, user, markers, cases, settings,
                access, pages, texts, clock)), "/plugins/servlet/safeguarding/police-intelligence");
        context.addServlet(new ServletHolder(new MarkersServlet(exports, markers, cases, key -> key, pages, texts,
                clock)), "/plugins/servlet/safeguarding/markers");
        context.addServlet(new ServletHolder(new FiguresServlet(user, user, user, figuresReaders, cases, cases,
                cases, publishedFigures, pages, texts, clock)),
                FiguresServlet.PATH);
        context.addServlet(new ServletHolder(new ChronologyServlet(exports, accessLog, agencyLog, workflow,
                new PersonCases(cases, cases, access), key -> key, user, pages, texts, clock)),
                "/plugins/servlet/safeguarding/chronology");
        context.addServlet(new ServletHolder(new AnonymiseServlet(user, user, user, anonymisation, application, pages,
                texts)), "/plugins/servlet/safeguarding/anonymise");
        context.addServlet(new ServletHolder(new ServletContainer(new ResourceConfig()
                .register(new SwitchedOffFilter(selfCheck, texts))
                .register(new RequestSizeLimit(texts))
                .register(new JsonOnlyWrites(texts))
                .register(new ClientErrorsJson(texts))
                .register(new WebSudoResources(user))
                .register(new ResourcesResource(user, directory, editor, texts))
                // The preview keeps no search index: its cases are assessed as they are shown.
                .register(new SettingsResource(user, settings, leadNames, named -> { }, () -> { }, texts))
                .register(new PlanResource(user, plan, planReads, texts, clock))
                .register(new AssessmentResource(user, settings, texts, clock))
                .register(new IssueAssessmentResource(user, cases, settings, texts, clock))
                .register(new SubjectAccessResource(user, cases, cases, access, agencyLog, key -> key, settings, texts,
                        clock))
                .register(new AnonymiseResource(user, anonymisation, texts))
                .register(new HandoutPrintedResource(user, cases, access, texts))
                .register(new EnablementResource(user, projects, texts))
                .register(new ProjectCreationResource(user, projects, texts))
                .register(new TrainingResource(user, figuresReaders, settings, leadNames, training, texts, clock))
                .register(new StaffDataResource(user, planReads, training, texts))
                .register(new DutyResource(user, cases, cases, duty, settings, texts))
                .register(new WorkResource(user, cases, texts, clock))
                .register(new ChecklistResource(user, checklist, texts))
                .register(new AgencyLogResource(user, cases, cases, agencyLog, key -> key, settings, texts, clock))
                .register(new MarkerResource(user, cases, cases, markers, caseLinks, access, key -> key, texts, clock))
                .register(new ConcernResource(user, cases, texts, clock))
                .register(new FiguresResource(user, figuresReaders, cases, publishedFigures, texts, clock))
                .register(new SelfCheckResource(user, selfCheck, texts))
                .register(JacksonFeature.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true))), "/rest/safeguarding/1.0/*");
        context.addServlet(new ServletHolder(new DashboardServlet(user, webResources)), DashboardServlet.PATH);
        context.addServlet(new ServletHolder(new DownloadServlet(webResources, texts)),
                PluginWebResources.DOWNLOAD_PATH + "/*");
        ServletHolder packages = new ServletHolder(new DefaultServlet());
        packages.setInitParameter("resourceBase", webPackages.toAbsolutePath().toString());
        packages.setInitParameter("pathInfoOnly", "true");
        packages.setInitParameter("dirAllowed", "false");
        context.addServlet(packages, PluginWebResources.PACKAGES_PATH + "/*");
        context.addServlet(new ServletHolder(new GroupPickerServlet(user, leadNames)), GroupPickerServlet.PATH);
        context.addServlet(new ServletHolder(boards), AgileBoardServlet.PATH);
        context.addServlet(new ServletHolder(new SignInServlet(user)), SignInServlet.PATH);
        context.addServlet(new ServletHolder(new WebSudoServlet(user)), WebSudoServlet.PATH);
        context.addServlet(new ServletHolder(new IndexServlet(user, cases)), "");

        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        // Jira's Tomcat reads and drops up to 2 MB of a body its app refused unread (maxSwallowSize), keeping the
        // connection, so that the client reads the refusal; Jetty closes sooner unless told to read on.
        http.setMaxUnconsumedRequestContentReads(UNREAD_BODY_READS);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("localhost");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(context);
        server.setStopAtShutdown(true);
    }


    /** As after an administrator ran set-up and every step was done: the preview has no Jira to set up. */
    private static SetupRuns setUpByAnAdmin() {
        InMemorySetupRuns runs = new InMemorySetupRuns();
        Instant ran = Instant.now();
        runs.save(new SetupRuns.Run(ran, ran, "admin", Arrays.stream(SetupStep.values())
                .map(step -> new SetupRuns.Step(step, SetupRuns.Outcome.DONE, List.of())).toList()));
        return runs;
    }

    /** Starts the preview on the port (0: any free port) with AUI and the other packages from webPackages. */
    public static PreviewServer start(int port, Path webPackages) throws Exception {
        PreviewServer preview = new PreviewServer(port, webPackages);
        preview.server.start();
        return preview;
    }

    public URI base() {
        return URI.create("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    public PreviewUser user() {
        return user;
    }

    /** As a Jira with Jira Software: its boards' REST API answers (AgileBoardServlet). */
    public void installJiraSoftware() {
        boards.install();
    }

    /** A case's fields as the preview holds them, as a test reads Jira's through its field API; none if no case. */
    public Optional<CaseValues> values(String caseKey) {
        return cases.values(caseKey).map(CaseValues.class::cast);
    }

    /** A case's access log, newest first, as a test reads Jira's database. */
    public List<CaseAccess> accessLog(String caseKey) {
        return accessLog.latest(caseKey, Integer.MAX_VALUE);
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** The preview's start page: the plugin's screens, by who may use them. */
    private static final class IndexServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient PreviewUser user;
        private final transient PreviewCases cases;

        IndexServlet(PreviewUser user, PreviewCases cases) {
            this.user = user;
            this.cases = cases;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Element screens = new Element("ul");
            screens.appendElement("li").appendElement("a").attr("href", GetStartedServlet.PATH)
                    .text("Administration: get started, settings, projects, the safeguarding plan, the directory of "
                            + "helplines and services with its translations, records, and Jira (admins)");
            screens.appendElement("li").appendElement("a").attr("href", PlanServlet.PATH)
                    .text("Our safeguarding plan (everyone)");
            screens.appendElement("li").appendElement("a").attr("href", SpotTheSignsServlet.PATH)
                    .text("Spot the signs: the staff intranet's page (everyone)");
            Element raise = FormToken.in(new Element("form").addClass("aui").attr("method", "post").attr("action",
                    EditCaseServlet.PATH), user);
            raise.appendElement("label").attr("for", "preview-summary").text("Raise a Safeguarding concern: summary ");
            raise.appendElement("input").attr("type", "text").addClass("text").attr("id", "preview-summary")
                    .attr("name", "summary");
            raise.appendElement("button").attr("type", "submit").addClass("aui-button").attr("id", "preview-raise")
                    .text("Create");
            cases.all().forEach(record -> screens.appendElement("li").appendElement("a")
                    .attr("href", CasePageServlet.PATH + "/" + record.key())
                    .text("Sample case " + record.key() + ": " + record.summary()
                            + " (everyone signed in; its lead also sees who opened it)"));
            PreviewFrame.write(response, user, "Safeguarding for Jira", screens, raise);
        }
    }
}
