package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.ProjectSchemes.IssueTypes;
import org.safeguarding.jira.enablement.ProjectSchemes.SchemeKind;
import org.safeguarding.jira.enablement.ProjectSchemes.Screens;
import org.safeguarding.jira.enablement.ProjectSchemes.Workflows;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;

/** Enabling served by real Jersey 2: HELP is ready to enable; SG has cases, so it cannot be disabled. */
public class EnablementResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, ProjectSchemes> PROJECTS = Map.of(
            "HELP", new ProjectSchemes("HELP", "Drop-in help desk", 0,
                    new IssueTypes("HELP types", false, false, List.of("Housing")),
                    new Screens("HELP screens", false, false, List.of(), List.of()),
                    new Workflows(SchemeKind.OWN, "HELP workflows", false, false, true, List.of(), List.of()),
                    new ProjectSchemes.Security(ProjectSchemes.SecurityKind.OTHER, "HELP security", true, 0),
                    new ProjectSchemes.Notifications(true, "", List.of())),
            "SG", new ProjectSchemes("SG", "Safeguarding", 2,
                    new IssueTypes("SG types", false, true, List.of()),
                    new Screens("SG screens", true, true, List.of(), List.of()),
                    new Workflows(SchemeKind.OWN, "SG workflows", true, false, true, List.of(), List.of()),
                    new ProjectSchemes.Security(ProjectSchemes.SecurityKind.OTHER, "SG security", true, 0),
                    new ProjectSchemes.Notifications(true, "Default Notification Scheme",
                            List.of("Issue Updated", "Issue Commented"))));

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private List<String> applied;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        applied = new ArrayList<>();
        ProjectEnablement enablement = new ProjectEnablement() {
            @Override
            public Optional<EnablementPlan> plan(String projectKey, Action action) {
                return Optional.ofNullable(PROJECTS.get(projectKey)).map(project -> EnablementPlanner.plan(project,
                        action));
            }

            @Override
            public Optional<EnablementPlan> apply(String projectKey, Action action) {
                Optional<EnablementPlan> plan = plan(projectKey, action);
                plan.filter(planned -> !planned.blocked()).ifPresent(planned -> applied.add(projectKey));
                return plan;
            }
        };
        return new ResourceConfig().register(new EnablementResource(user, enablement, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    private Response post(String projectKey, String body) {
        return target("projects/" + projectKey + "/enablement").request().post(Entity.json(body));
    }

    @Test
    public void plan_shouldSayInWordsWhatEnablingWouldChangeAndWhoElseItReaches() throws Exception {
        user.admin();

        JsonNode plan = JSON.readTree(target("projects/HELP/enablement").queryParam("action", "enable").request()
                .get(String.class));

        assertThat(plan.at("/project").asText(), is("HELP"));
        assertThat(plan.at("/changes/0/change").asText(), is("offer-issue-type"));
        assertThat(plan.at("/changes/0/text").asText(), is("Offer the Safeguarding concern issue type in issue type"
                + " scheme \"HELP types\". This scheme is also used by Housing, so the change applies there too."));
        assertThat(plan.at("/changes/2/change").asText(), is("map-referral-workflow"));
        assertThat(plan.at("/blocked").asBoolean(), is(false));
        assertThat(plan.at("/notes/0").asText(), containsString("its own issue security scheme, \"HELP security\""));
        assertThat(applied.isEmpty(), is(true));
    }

    @Test
    public void plan_shouldSayInWordsWhatStoppingJirasEmailsTakesOffAndWhatItWouldSend() throws Exception {
        user.admin();

        JsonNode plan = JSON.readTree(target("projects/SG/enablement").queryParam("action", "stop-jira-emails")
                .request().get(String.class));

        assertThat(plan.at("/changes/0/change").asText(), is("stop-notification-scheme"));
        assertThat(plan.at("/changes/0/text").asText(), startsWith("Take the notification scheme \"Default "
                + "Notification Scheme\" off the project, so Jira e-mails nobody about any of its issues"));
        assertThat(plan.at("/notes/0").asText(), containsString("has Jira e-mail people when these happen to an "
                + "issue: Issue Updated, Issue Commented."));
        assertThat(plan.at("/blocked").asBoolean(), is(false));

        Response response = post("SG", "{\"action\": \"stop-jira-emails\"}");

        assertThat(response.getStatus(), is(200));
        assertThat(applied, is(List.of("SG")));
    }

    @Test
    public void apply_shouldMakeTheChangesWhenNothingStandsInTheWay() throws Exception {
        user.admin();

        Response response = post("HELP", "{\"action\": \"enable\"}");

        assertThat(response.getStatus(), is(200));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/action").asText(), is("enable"));
        assertThat(applied, is(List.of("HELP")));
    }

    @Test
    public void apply_shouldRefuseWithTheReasonsAndChangeNothing() throws Exception {
        user.admin();

        Response response = post("SG", "{\"action\": \"disable\"}");

        assertThat(response.getStatus(), is(409));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/errors/0/message").asText(),
                containsString("This project still has 2 Safeguarding concerns."));
        assertThat(applied.isEmpty(), is(true));
    }

    @Test
    public void apply_shouldNameWhatIsWrongWithTheRequest() throws Exception {
        user.admin();

        JsonNode missing = JSON.readTree(post("HELP", "{}").readEntity(String.class));
        JsonNode wrong = JSON.readTree(post("HELP", "{\"action\": \"switch-on\"}").readEntity(String.class));
        Response notJson = post("HELP", "enable");

        assertThat(missing.at("/errors/0/field").asText(), is("action"));
        assertThat(wrong.at("/errors/0/message").asText(), is("'switch-on' is not allowed here. Use one of: enable,"
                + " disable, stop-jira-emails."));
        assertThat(notJson.getStatus(), is(400));
        assertThat(applied.isEmpty(), is(true));
    }

    @Test
    public void plan_shouldNameABadActionAndAnUnknownProject() {
        user.admin();

        Response badAction = target("projects/HELP/enablement").queryParam("action", "on").request().get();
        Response noProject = target("projects/NOPE/enablement").queryParam("action", "enable").request().get();

        assertThat(badAction.getStatus(), is(400));
        assertThat(noProject.getStatus(), is(404));
        assertThat(noProject.readEntity(String.class), containsString("There is no project with this key"));
    }

    @Test
    public void everyRequest_shouldBeForJiraAdminsOnly() {
        assertThat(post("HELP", "{\"action\": \"enable\"}").getStatus(), is(403));
        user.anonymous();
        assertThat(target("projects/HELP/enablement").queryParam("action", "enable").request().get().getStatus(),
                is(401));
        assertThat(applied.isEmpty(), is(true));
    }
}
