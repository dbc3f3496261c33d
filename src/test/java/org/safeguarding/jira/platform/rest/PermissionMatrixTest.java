package org.safeguarding.jira.platform.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.websudo.WebSudoRequired;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.client.Entity;
import javax.ws.rs.client.Invocation;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Form;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.admin.ChecklistFacts;
import org.safeguarding.jira.admin.ChecklistResource;
import org.safeguarding.jira.admin.SettingsResource;
import org.safeguarding.jira.assessment.AssessmentResource;
import org.safeguarding.jira.assessment.IssueAssessmentResource;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.connections.CaseLinks;
import org.safeguarding.jira.connections.CaseMarkers;
import org.safeguarding.jira.connections.InMemoryCaseMarkers;
import org.safeguarding.jira.connections.MarkerResource;
import org.safeguarding.jira.directory.DirectoryEditor;
import org.safeguarding.jira.directory.ResourcesResource;
import org.safeguarding.jira.enablement.Creation;
import org.safeguarding.jira.enablement.EnablementPlan;
import org.safeguarding.jira.enablement.EnablementPlanner;
import org.safeguarding.jira.enablement.EnablementResource;
import org.safeguarding.jira.enablement.ProjectCreationResource;
import org.safeguarding.jira.enablement.ProjectEnablement;
import org.safeguarding.jira.enablement.ProjectSchemes;
import org.safeguarding.jira.figures.FiguresResource;
import org.safeguarding.jira.figures.InMemoryPublishedFigures;
import org.safeguarding.jira.leads.DutyResource;
import org.safeguarding.jira.leads.DutyRota;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.leads.SampleLeadNames;
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.plan.PlanResource;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.raise.ConcernRaiser;
import org.safeguarding.jira.raise.ConcernResource;
import org.safeguarding.jira.records.Anonymisation;
import org.safeguarding.jira.records.AnonymiseResource;
import org.safeguarding.jira.records.CaseAnonymiser;
import org.safeguarding.jira.records.HandoutPrintedResource;
import org.safeguarding.jira.records.InMemoryClosedCases;
import org.safeguarding.jira.records.SubjectAccessResource;
import org.safeguarding.jira.setup.Provisioning;
import org.safeguarding.jira.setup.SetupReport;
import org.safeguarding.jira.setup.SetupResource;
import org.safeguarding.jira.sharing.AgencyLogResource;
import org.safeguarding.jira.sharing.InMemoryAgencyLog;
import org.safeguarding.jira.staff.InMemoryTrainingRecords;
import org.safeguarding.jira.staff.StaffDataResource;
import org.safeguarding.jira.staff.TrainingResource;
import org.safeguarding.jira.work.WorkResource;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.referral.SetupChecklist;
import org.safeguarding.resources.Resource;
import org.safeguarding.screening.Screening;

/**
 * Every REST endpoint of the app against every kind of user, in one table: someone not logged in, a worker who may
 * see case SG-1 (also found by its old key, OLD-1), SG-1's safeguarding lead, and a Jira admin (who does not lead
 * SG-1). Each request in the table is a valid one, so the status shows the permission alone; then every write is sent
 * as other than JSON, and too large, and the endpoints that read a body get one nested past any form's depth. The
 * filters Jira's REST module runs for the app run here too. A failure names every cell that differs.
 */
public class PermissionMatrixTest extends JerseyTest {
    private static final String ENTRY = "{\"id\": \"local-refuge\", \"name\": \"Local refuge\", "
            + "\"phone\": \"0113 000 0000\", \"audience\": \"adults\", \"category\": \"other-help\", "
            + "\"verifiedOn\": \"2026-11-20\", \"source\": \"https://example.org/refuge\"}";
    private static final String PLAN = "{\"vulnerable\": \"a\", \"trafficked\": \"b\", \"specialists\": \"c\", "
            + "\"whereItLives\": \"d\"}";
    private static final String SCREENING = "{\"immediateDanger\": \"no\", \"ageGroup\": \"adult\"}";
    private static final String MARKER = "{\"kind\": \"phone\", \"value\": \"07700 900123\"}";
    /** The number of the one marker SG-1 has when each test starts ({@link #markersWithOne()}). */
    private static final long MARKER_ON_SG1 = 1;
    private static final String SHARE = "{\"agency\": \"police\", \"sharedOn\": \"2026-11-30\", "
            + "\"channel\": \"phone\", \"whatShared\": \"Where she works\", \"basis\": \"public-task\", "
            + "\"condition\": \"safeguarding\", \"withConsent\": true, \"purpose\": \"Protect her\", "
            + "\"decidedBy\": \"DSL\", \"personTold\": true}";
    private static final String DEEP = "[".repeat(50_000) + "]".repeat(50_000);

    /** One request and the status each kind of user gets: anonymous, worker, lead, admin. */
    private record Row(String method, String path, String body, int anonymous, int worker, int lead, int admin) {
    }

    private static final List<Row> MATRIX = List.of(
            new Row("POST", "assessment", SCREENING, 401, 200, 200, 200),
            new Row("GET", "issue/SG-1/assessment", null, 401, 200, 200, 200),
            new Row("GET", "issue/SG-1/subject-access", null, 401, 403, 200, 403),
            new Row("POST", "issue/SG-1/anonymise", "{\"confirm\": \"SG-1\"}", 401, 403, 200, 403),
            new Row("POST", "issue/SG-1/handout/printed", "{}", 401, 204, 204, 204),
            new Row("GET", "resources", null, 401, 200, 200, 200),
            new Row("POST", "resources", ENTRY, 401, 403, 403, 201),
            new Row("PUT", "resources/local-refuge", ENTRY, 401, 403, 403, 200),
            new Row("POST", "resources/local-refuge/retire", "{}", 401, 403, 403, 200),
            new Row("GET", "resources/explanations", null, 401, 200, 200, 200),
            new Row("POST", "resources/explanations/pl/review", "{\"by\": \"Ewa\", \"on\": \"2026-11-01\"}",
                    401, 403, 403, 200),
            new Row("GET", "settings", null, 401, 403, 403, 200),
            new Row("PUT", "settings", "{}", 401, 403, 403, 200),
            new Row("GET", "settings/leads?group=safeguarding-leads", null, 401, 403, 403, 200),
            new Row("GET", "plan", null, 401, 200, 200, 200),
            new Row("PUT", "plan", PLAN, 401, 403, 403, 200),
            // After the PUT above, so there is a plan to have read.
            new Row("POST", "plan/read", "{}", 401, 204, 204, 204),
            new Row("POST", "plan/ask", "{}", 401, 200, 200, 200),
            new Row("GET", "staff/worker/subject-access", null, 401, 200, 403, 200),
            new Row("POST", "training", "{\"user\": \"worker\", \"course\": \"e-learning\", "
                    + "\"completedOn\": \"2026-12-01\"}", 401, 403, 201, 201),
            new Row("POST", "setup", "{}", 401, 403, 403, 200),
            new Row("GET", "self-check", null, 401, 403, 403, 200),
            new Row("POST", "self-check", "{}", 401, 403, 403, 200),
            new Row("GET", "projects/HELP/enablement?action=enable", null, 401, 403, 403, 200),
            new Row("POST", "projects/HELP/enablement", "{\"action\": \"enable\"}", 401, 403, 403, 200),
            new Row("POST", "projects", "{\"key\": \"SAFE\", \"name\": \"Safeguarding\", \"raisers\": \"staff\"}",
                    401, 403, 403, 201),
            new Row("POST", "issue/SG-1/duty", "{\"onDuty\": true}", 401, 403, 200, 403),
            new Row("GET", "issue/SG-1/agency-log", null, 401, 403, 200, 403),
            new Row("POST", "issue/SG-1/agency-log", SHARE, 401, 403, 201, 403),
            new Row("GET", "issue/SG-1/markers", null, 401, 403, 200, 403),
            new Row("POST", "issue/SG-1/markers", MARKER, 401, 403, 201, 403),
            new Row("GET", "issue/SG-404/markers", null, 401, 403, 403, 403),
            new Row("POST", "issue/SG-404/markers", MARKER, 401, 403, 403, 403),
            // SG-1's marker is on no other case: nothing for its lead to link.
            new Row("POST", "issue/SG-1/markers/" + MARKER_ON_SG1 + "/link", "{}", 401, 403, 409, 403),
            new Row("POST", "issue/SG-404/markers/" + MARKER_ON_SG1 + "/link", "{}", 401, 403, 403, 403),
            new Row("POST", "issue/SG-1/markers/" + MARKER_ON_SG1 + "/remove", "{}", 401, 403, 204, 403),
            new Row("POST", "issue/SG-404/markers/" + MARKER_ON_SG1 + "/remove", "{}", 401, 403, 403, 403),
            new Row("GET", "concerns/places", null, 401, 200, 200, 200),
            new Row("GET", "work", null, 401, 200, 200, 200),
            new Row("GET", "checklist", null, 401, 403, 403, 200),
            new Row("POST", "concerns", "{\"project\": \"SG\"}", 401, 201, 201, 201),
            new Row("POST", "concerns", "{\"project\": \"HR\"}", 401, 403, 403, 403),
            // No case at all, so no year to publish: refused as such, after the permission.
            new Row("POST", "figures/2025", "{}", 401, 403, 400, 400),
            // A case nobody may see, or that does not exist: the same answer, which never says which.
            new Row("GET", "issue/SG-404/assessment", null, 401, 403, 403, 403),
            new Row("GET", "issue/SG-404/subject-access", null, 401, 403, 403, 403),
            new Row("POST", "issue/SG-404/anonymise", "{\"confirm\": \"SG-404\"}", 401, 403, 403, 403),
            new Row("POST", "issue/SG-404/duty", "{\"onDuty\": true}", 401, 403, 403, 403),
            new Row("GET", "issue/SG-404/agency-log", null, 401, 403, 403, 403),
            new Row("POST", "issue/SG-404/agency-log", SHARE, 401, 403, 403, 403),
            // SG-1 by its old key: answered, and confirmed, as SG-1.
            new Row("GET", "issue/OLD-1/assessment", null, 401, 200, 200, 200),
            new Row("POST", "issue/OLD-1/anonymise", "{\"confirm\": \"SG-1\"}", 401, 403, 200, 403),
            new Row("GET", "issue/OLD-1/agency-log", null, 401, 403, 200, 403),
            // Nested deeper than any JSON parser should follow: refused as not valid JSON, after the permission.
            new Row("POST", "assessment", DEEP, 401, 400, 400, 400),
            new Row("PUT", "settings", DEEP, 401, 403, 403, 400),
            new Row("POST", "issue/SG-1/anonymise", DEEP, 401, 403, 400, 403),
            new Row("POST", "issue/SG-1/agency-log", DEEP, 401, 403, 400, 403));

    /** Larger than the request size limit, whoever sends it. */
    private static final String OVERSIZED = "{\"notes\": \"" + "x".repeat(RequestSizeLimit.MOST_BYTES) + "\"}";

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        PropertiesTexts texts = new PropertiesTexts();
        InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
        DirectoryEditor editor = mock(DirectoryEditor.class);
        DirectoryEditor.Outcome done = new DirectoryEditor.Outcome(DirectoryEditor.Outcome.Status.DONE, List.of(),
                new ShippedDirectory().directory().entries().get(0));
        when(editor.add(any(Resource.class), anyString())).thenReturn(done);
        when(editor.change(anyString(), any(Resource.class), anyString())).thenReturn(done);
        when(editor.retire(anyString(), anyString())).thenReturn(done);
        when(editor.recordReview(anyString(), anyString(), any(), anyString())).thenReturn(
                new DirectoryEditor.Outcome(DirectoryEditor.Outcome.Status.DONE, List.of(), null));
        Provisioning provisioning = mock(Provisioning.class);
        when(provisioning.run(any())).thenReturn(new SetupReport());
        CaseRecord sg1 = new CaseRecord("SG-1", "A concern", null, new InMemoryCaseValues(), List.of());
        Cases everyoneSeesSg1 = key -> key.equals("SG-1") || key.equals("OLD-1")
                ? CaseLookup.found("SG-1", Screening.builder().build()) : CaseLookup.notVisible();
        CaseAnonymiser closedCase = mock(CaseAnonymiser.class);
        when(closedCase.isClosed("SG-1")).thenReturn(true);
        AccessRecorder access = new AccessRecorder(new InMemoryAccessLog(), user, new UkClock());
        return new ResourceConfig()
                .register(new RequestSizeLimit(texts))
                .register(new JsonOnlyWrites(texts))
                .register(new ClientErrorsJson(texts))
                .register(new AssessmentResource(user, settings, texts, new UkClock()))
                .register(new IssueAssessmentResource(user, everyoneSeesSg1, settings, texts, new UkClock()))
                .register(new SubjectAccessResource(user, key -> "lead".equals(user.key().orElse(null))
                        && everyoneSeesSg1.isVisibleCase(key) ? Optional.of(sg1) : Optional.empty(), everyoneSeesSg1,
                        access, new InMemoryAgencyLog(), key -> key, settings, texts, new UkClock()))
                .register(new AnonymiseResource(user, new Anonymisation(key -> "lead".equals(user.key().orElse(null)),
                        everyoneSeesSg1, closedCase, access, new InMemoryClosedCases(), new InMemoryAgencyLog(),
                        new InMemoryCaseMarkers(), user, key -> key, texts, new UkClock()),
                        texts))
                .register(new HandoutPrintedResource(user, everyoneSeesSg1, access, texts))
                .register(new ResourcesResource(user, new ShippedDirectory(), editor, texts))
                .register(new SettingsResource(user, settings, new SampleLeadNames(), named -> { }, () -> { }, texts))
                .register(new PlanResource(user, new InMemoryPlanStore(), new InMemoryPlanReads(), texts, new UkClock()))
                .register(new SetupResource(user, provisioning, texts))
                .register(new SelfCheckResource(user, new SelfCheck(new UkClock()), texts))
                .register(new EnablementResource(user, readyToEnable(), texts))
                .register(new StaffDataResource(user, new InMemoryPlanReads(), new InMemoryTrainingRecords(), texts))
                .register(new TrainingResource(user, figuresReaders(), new InMemorySettings(new AppSettings(Set.of(),
                        false, false, "leads", null, null, false, null, null, null, null, "jira-software-users")),
                        new SampleLeadNames(), new InMemoryTrainingRecords(), texts, new UkClock()))
                .register(new ProjectCreationResource(user, project -> Creation.made(EnablementPlanner.plan(
                        helpSchemes(), EnablementPlan.Action.ENABLE), List.of()), texts))
                .register(new ConcernResource(user, raisesInSg(), texts, new UkClock()))
                .register(new DutyResource(user, everyoneSeesSg1, key -> "lead".equals(user.key().orElse(null))
                        && everyoneSeesSg1.isVisibleCase(key), mock(DutyRota.class), new InMemorySettings(
                        new AppSettings(Set.of(), false, false, "leads", null, null, true)), texts))
                .register(new WorkResource(user, List::of, texts, new UkClock()))
                .register(new FiguresResource(user, figuresReaders(), List::of, new InMemoryPublishedFigures(), texts,
                        new UkClock()))
                .register(new ChecklistResource(user, checklistFacts(), texts))
                .register(new AgencyLogResource(user, everyoneSeesSg1, key -> "lead".equals(user.key().orElse(null))
                        && everyoneSeesSg1.isVisibleCase(key), new InMemoryAgencyLog(), key -> key, settings, texts,
                        new UkClock()))
                .register(new MarkerResource(user, everyoneSeesSg1, key -> "lead".equals(user.key().orElse(null))
                        && everyoneSeesSg1.isVisibleCase(key), markersWithOne(),
                        keys -> new CaseLinks.Linked(List.of(), 0, List.of()), access, key -> key, texts,
                        new UkClock()))
                .register(JacksonFeature.class);
    }

    /** SG-1 with one marker on it, numbered {@link #MARKER_ON_SG1}. */
    private static CaseMarkers markersWithOne() {
        CaseMarkers markers = new InMemoryCaseMarkers();
        markers.add("SG-1", new Marker(MarkerKind.PHONE, "07700 900123", "+447700900123"), "lead", Instant.EPOCH);
        return markers;
    }

    /** A checklist with everything still to do. */
    private static ChecklistFacts checklistFacts() {
        ChecklistFacts facts = mock(ChecklistFacts.class);
        when(facts.checklist()).thenReturn(SetupChecklist.of(new SetupChecklist.State(false, -1, false, null, false,
                false, null, false, true, List.of(), 0, 0, List.of(), List.of())));
        return facts;
    }

    /** SG, where everyone logged in may raise a concern. */
    private static ConcernRaiser raisesInSg() {
        ConcernRaiser raiser = mock(ConcernRaiser.class);
        when(raiser.places()).thenReturn(List.of(new ConcernRaiser.Place("SG", "Safeguarding")));
        when(raiser.raise(anyString(), anyString(), any())).thenReturn(ConcernRaiser.Raised.as("SG-2"));
        return raiser;
    }

    /** HELP, which nothing stops the app from being switched on in. */
    private static ProjectSchemes helpSchemes() {
        return new ProjectSchemes("HELP", "Drop-in help desk", 0,
                new ProjectSchemes.IssueTypes("HELP types", false, false, List.of()),
                new ProjectSchemes.Screens("HELP screens", false, false, List.of(), List.of()),
                new ProjectSchemes.Workflows(ProjectSchemes.SchemeKind.OWN, "HELP workflows", false, false, true,
                        List.of(), List.of()),
                new ProjectSchemes.Security(ProjectSchemes.SecurityKind.OTHER, "HELP security", true, 0),
                new ProjectSchemes.Notifications(true, "", List.of()));
    }

    private static ProjectEnablement readyToEnable() {
        ProjectSchemes help = helpSchemes();
        ProjectEnablement enablement = mock(ProjectEnablement.class);
        when(enablement.plan(anyString(), any())).thenAnswer(call -> Optional.of(EnablementPlanner.plan(help,
                call.getArgument(1))));
        when(enablement.apply(anyString(), any())).thenAnswer(call -> Optional.of(EnablementPlanner.plan(help,
                call.getArgument(1))));
        return enablement;
    }

    @Test
    public void everyEndpoint_shouldAnswerEachKindOfUserAsTheTableSays() {
        List<String> differences = new ArrayList<>();
        for (Row row : MATRIX) {
            user.anonymous();
            check(row, "anonymous", row.anonymous(), differences);
            user.notAdmin();
            check(row, "worker", row.worker(), differences);
            user.lead();
            check(row, "lead", row.lead(), differences);
            user.admin();
            check(row, "admin", row.admin(), differences);
        }
        assertThat(differences, empty());
    }

    @Test
    public void everyWrite_shouldBeRefusedUnlessSentAsJsonWhoeverSendsIt() {
        List<String> differences = new ArrayList<>();
        for (Row row : writes()) {
            for (String who : new String[] {"anonymous", "worker", "lead", "admin"}) {
                as(who);
                // Jersey's client sends a PUT without a body only when told to: a browser's form post can.
                expect(row, who, request(row).property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true)
                        .method(row.method()).getStatus(), 415, "no content type", differences);
                expect(row, who, request(row).method(row.method(), Entity.text(row.body())).getStatus(), 415,
                        "text/plain", differences);
                expect(row, who, request(row).method(row.method(), Entity.form(new Form("as", "admin")))
                        .getStatus(), 415, "a form", differences);
                expect(row, who, request(row).method(row.method(), Entity.json(OVERSIZED)).getStatus(), 413,
                        "oversized", differences);
            }
        }
        assertThat(differences, empty());
    }

    /**
     * Jira asks for the password again (WebSudo) only where the resource says so; every method that changes anything
     * must. {@code POST /assessment} stores nothing, and self-check's POST only checks again, under its class's mark.
     * Going on duty stores nothing about a case, only which lead new concerns in a project go to, and a lead does it
     * from the issue view, as Jira's own Assign to me needs no password either; raising a concern is Jira's own Create,
     * which needs none; an entry in a case's agency and sharing log only adds, as a comment does, and changes nothing;
     * recording that the handout was printed changes nothing but the access log, and saying one has read the plan
     * changes nothing but one's own record; a course recorded for a member of staff only adds, as a sharing log entry
     * does.
     */
    @Test
    public void everyWrite_shouldNeedThePasswordConfirmedExceptTheAssessmentThatStoresNothing() {
        List<String> unmarked = new ArrayList<>();
        for (Class<?> resource : List.of(AnonymiseResource.class, ResourcesResource.class, SettingsResource.class,
                PlanResource.class, SetupResource.class, SelfCheckResource.class, EnablementResource.class,
                ProjectCreationResource.class, TrainingResource.class, StaffDataResource.class,
                AssessmentResource.class, IssueAssessmentResource.class, SubjectAccessResource.class,
                DutyResource.class, ConcernResource.class, AgencyLogResource.class, FiguresResource.class,
                HandoutPrintedResource.class, MarkerResource.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean writes = Stream.of(POST.class, PUT.class, DELETE.class).anyMatch(method::isAnnotationPresent);
                if (writes && !method.isAnnotationPresent(WebSudoRequired.class)
                        && !resource.isAnnotationPresent(WebSudoRequired.class)) {
                    unmarked.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unmarked, containsInAnyOrder("AssessmentResource.assess", "DutyResource.duty",
                "ConcernResource.raise", "AgencyLogResource.record", "MarkerResource.record", "MarkerResource.remove", "MarkerResource.link",
                "HandoutPrintedResource.printed",
                "PlanResource.read", "PlanResource.ask", "TrainingResource.record"));
    }

    /** The leads and the admins read the figures, as the settings' leads' group and Jira's admins would. */
    private FiguresReaders figuresReaders() {
        FiguresReaders readers = mock(FiguresReaders.class);
        when(readers.mayRead(any())).thenAnswer(asked -> user.isAdmin() || "lead".equals(user.key().orElse(null)));
        return readers;
    }

    /** Every write in the table, once each. */
    private static List<Row> writes() {
        Map<String, Row> writes = new LinkedHashMap<>();
        MATRIX.stream().filter(row -> row.body() != null)
                .forEach(row -> writes.putIfAbsent(row.method() + " " + row.path(), row));
        return List.copyOf(writes.values());
    }

    private void as(String who) {
        switch (who) {
            case "anonymous" -> user.anonymous();
            case "worker" -> user.notAdmin();
            case "lead" -> user.lead();
            default -> user.admin();
        }
    }

    /** Sends the row's request as whoever the test user is now, and notes a status other than expected. */
    private void check(Row row, String who, int expected, List<String> differences) {
        Invocation.Builder request = request(row);
        int status = (row.body() == null ? request.method(row.method())
                : request.method(row.method(), Entity.json(row.body()))).getStatus();
        expect(row, who, status, expected, "JSON", differences);
    }

    private Invocation.Builder request(Row row) {
        String[] pathAndQuery = row.path().split("\\?", 2);
        WebTarget target = target(pathAndQuery[0]);
        if (pathAndQuery.length == 2) {
            String[] parameter = pathAndQuery[1].split("=", 2);
            target = target.queryParam(parameter[0], parameter[1]);
        }
        return target.request();
    }

    private static void expect(Row row, String who, int status, int expected, String sentAs, List<String> differences) {
        if (status != expected) {
            differences.add(row.method() + " " + row.path() + " as " + who + " sent as " + sentAs + ": " + status
                    + ", not " + expected);
        }
    }
}
