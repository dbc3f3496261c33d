package org.safeguarding.jira.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.client.Entity;
import javax.ws.rs.client.Invocation;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.Application;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.directory.DirectoryEditor;
import org.safeguarding.jira.enablement.EnablementPlanner;
import org.safeguarding.jira.enablement.ProjectEnablement;
import org.safeguarding.jira.enablement.ProjectSchemes;
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.selfcheck.SelfCheck;
import org.safeguarding.jira.setup.CaseRecord;
import org.safeguarding.jira.setup.InMemoryCaseValues;
import org.safeguarding.jira.setup.Provisioning;
import org.safeguarding.jira.setup.SetupReport;
import org.safeguarding.jira.web.AccessRecorder;
import org.safeguarding.jira.web.Anonymisation;
import org.safeguarding.jira.web.CaseAnonymiser;
import org.safeguarding.jira.web.Cases;
import org.safeguarding.jira.web.CaseLookup;
import org.safeguarding.jira.web.InMemoryAccessLog;
import org.safeguarding.jira.web.InMemoryClosedCases;
import org.safeguarding.jira.web.InMemoryPlanStore;
import org.safeguarding.jira.web.InMemorySettings;
import org.safeguarding.jira.web.PropertiesTexts;
import org.safeguarding.jira.web.SampleLeadNames;
import org.safeguarding.jira.web.TestUser;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.resources.Resource;
import org.safeguarding.screening.Screening;

/**
 * Every REST endpoint of the app against every kind of user, in one table: someone not logged in, a worker who may
 * see case SG-1, SG-1's safeguarding lead, and a Jira admin (who does not lead SG-1). Each request is a valid one,
 * so the status shows the permission alone. A failure names every cell that differs.
 */
public class PermissionMatrixTest extends JerseyTest {
    private static final String ENTRY = "{\"id\": \"local-refuge\", \"name\": \"Local refuge\", "
            + "\"phone\": \"0113 000 0000\", \"audience\": \"adults\", \"category\": \"other-help\", "
            + "\"verifiedOn\": \"2026-11-20\", \"source\": \"https://example.org/refuge\"}";
    private static final String PLAN = "{\"vulnerable\": \"a\", \"trafficked\": \"b\", \"specialists\": \"c\", "
            + "\"whereItLives\": \"d\"}";
    private static final String SCREENING = "{\"immediateDanger\": \"no\", \"ageGroup\": \"adult\"}";

    /** One request and the status each kind of user gets: anonymous, worker, lead, admin. */
    private record Row(String method, String path, String body, int anonymous, int worker, int lead, int admin) {
    }

    private static final List<Row> MATRIX = List.of(
            new Row("POST", "assessment", SCREENING, 401, 200, 200, 200),
            new Row("GET", "issue/SG-1/assessment", null, 401, 200, 200, 200),
            new Row("GET", "issue/SG-1/subject-access", null, 401, 403, 200, 403),
            new Row("POST", "issue/SG-1/anonymise", "{\"confirm\": \"SG-1\"}", 401, 403, 200, 403),
            new Row("GET", "resources", null, 401, 200, 200, 200),
            new Row("POST", "resources", ENTRY, 401, 403, 403, 201),
            new Row("PUT", "resources/local-refuge", ENTRY, 401, 403, 403, 200),
            new Row("POST", "resources/local-refuge/retire", "{}", 401, 403, 403, 200),
            new Row("GET", "resources/explanations", null, 401, 200, 200, 200),
            new Row("POST", "resources/explanations/pl/review", "{\"by\": \"Ewa\", \"on\": \"2026-11-01\"}",
                    401, 403, 403, 200),
            new Row("GET", "settings", null, 401, 403, 403, 200),
            new Row("PUT", "settings", "{}", 401, 403, 403, 200),
            new Row("GET", "plan", null, 401, 200, 200, 200),
            new Row("PUT", "plan", PLAN, 401, 403, 403, 200),
            new Row("POST", "setup", "{}", 401, 403, 403, 200),
            new Row("GET", "self-check", null, 401, 403, 403, 200),
            new Row("POST", "self-check", "{}", 401, 403, 403, 200),
            new Row("GET", "projects/HELP/enablement?action=enable", null, 401, 403, 403, 200),
            new Row("POST", "projects/HELP/enablement", "{\"action\": \"enable\"}", 401, 403, 403, 200));

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
        Cases everyoneSeesSg1 = key -> CaseLookup.found(key, Screening.builder().build());
        CaseAnonymiser closedCase = mock(CaseAnonymiser.class);
        when(closedCase.isClosed("SG-1")).thenReturn(true);
        AccessRecorder access = new AccessRecorder(new InMemoryAccessLog(), user);
        return new ResourceConfig()
                .register(new AssessmentResource(user, settings, texts))
                .register(new IssueAssessmentResource(user, key -> key.equals("SG-1")
                        ? CaseLookup.found(key, Screening.builder().build()) : CaseLookup.notVisible(), settings, texts))
                .register(new SubjectAccessResource(user, key -> "lead".equals(user.key().orElse(null))
                        ? Optional.of(sg1) : Optional.empty(), everyoneSeesSg1, access, texts))
                .register(new AnonymiseResource(user, new Anonymisation(key -> "lead".equals(user.key().orElse(null)),
                        everyoneSeesSg1, closedCase, access, new InMemoryClosedCases(), user, key -> key, texts),
                        texts))
                .register(new ResourcesResource(user, new ShippedDirectory(), editor, texts))
                .register(new SettingsResource(user, settings, new SampleLeadNames(), named -> { }, () -> { }, texts))
                .register(new PlanResource(user, new InMemoryPlanStore(), texts))
                .register(new SetupResource(user, provisioning, texts))
                .register(new SelfCheckResource(user, new SelfCheck(), texts))
                .register(new EnablementResource(user, readyToEnable(), texts))
                .register(JacksonFeature.class);
    }

    /** HELP, which nothing stops the app from being switched on in. */
    private static ProjectEnablement readyToEnable() {
        ProjectSchemes help = new ProjectSchemes("HELP", "Drop-in help desk", 0,
                new ProjectSchemes.IssueTypes("HELP types", false, false, List.of()),
                new ProjectSchemes.Screens("HELP screens", false, false, List.of(), List.of()),
                new ProjectSchemes.Workflows(ProjectSchemes.SchemeKind.OWN, "HELP workflows", false, false, true,
                        List.of(), List.of()),
                new ProjectSchemes.Security(ProjectSchemes.SecurityKind.OTHER, "HELP security", true, 0));
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

    /** Sends the row's request as whoever the test user is now, and notes a status other than expected. */
    private void check(Row row, String who, int expected, List<String> differences) {
        String[] pathAndQuery = row.path().split("\\?", 2);
        WebTarget target = target(pathAndQuery[0]);
        if (pathAndQuery.length == 2) {
            String[] parameter = pathAndQuery[1].split("=", 2);
            target = target.queryParam(parameter[0], parameter[1]);
        }
        Invocation.Builder request = target.request();
        int status = (row.body() == null ? request.method(row.method())
                : request.method(row.method(), Entity.json(row.body()))).getStatus();
        if (status != expected) {
            differences.add(row.method() + " " + row.path() + " as " + who + ": " + status + ", not " + expected);
        }
    }
}
