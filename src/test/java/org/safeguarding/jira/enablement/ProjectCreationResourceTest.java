package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.enablement.EnablementPlan.Reason;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.rest.FieldError;

/** Create a Safeguarding project served by real Jersey 2, over a creation that answers as the test chooses. */
public class ProjectCreationResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAFE = "{\"key\": \"safe\", \"name\": \"Safeguarding\", \"raisers\": \"staff\"}";

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private List<NewProject> asked;
    private Creation answer;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        asked = new ArrayList<>();
        ProjectCreation creation = project -> {
            asked.add(project);
            return answer;
        };
        return new ResourceConfig().register(new ProjectCreationResource(user, creation, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    private Response post(String body) {
        return target("projects").request().post(Entity.json(body));
    }

    @Test
    public void create_shouldAnswerEnablesReportAndWhatIsLeftInWords() throws Exception {
        user.admin();
        answer = Creation.made(new EnablementPlan("SAFE", "Safeguarding", EnablementPlan.Action.ENABLE, List.of(),
                List.of(), List.of()), List.of(new Reason("safeguarding.new-project.add-role-members",
                List.of("Safeguarding lead", "SAFE"))));

        Response response = post(SAFE);

        assertThat(response.getStatus(), is(201));
        JsonNode made = JSON.readTree(response.readEntity(String.class));
        assertThat(made.at("/enabled/project").asText(), is("SAFE"));
        assertThat(made.at("/enabled/nothingToDo").asBoolean(), is(true));
        assertThat(made.at("/unfinished/0").asText(), containsString("add them to it in the new project's settings"));
        assertThat(asked, contains(new NewProject("SAFE", "Safeguarding", null, "staff")));
    }

    @Test
    public void create_shouldNameTheFieldsRefusedAndMakeNothing() throws Exception {
        user.admin();
        answer = Creation.refused(List.of(FieldError.of("key", "safeguarding.error.new-project.jira-says",
                "Project 'Housing' uses this project key.")));

        Response response = post(SAFE);

        assertThat(response.getStatus(), is(400));
        JsonNode errors = JSON.readTree(response.readEntity(String.class)).get("errors");
        assertThat(errors.get(0).get("field").asText(), is("key"));
        assertThat(errors.get(0).get("message").asText(), is("Jira says: Project 'Housing' uses this project key."));
    }

    @Test
    public void create_shouldRefuseABadRequestBeforeAskingJira() throws Exception {
        user.admin();

        Response response = post("{\"key\": \"S\", \"name\": \"\"}");

        assertThat(response.getStatus(), is(400));
        assertThat(JSON.readTree(response.readEntity(String.class)).get("errors").size(), is(3));
        assertThat(asked, is(empty()));
    }

    @Test
    public void create_shouldSayWhyNotNowWithConflict() throws Exception {
        user.admin();
        answer = Creation.notNow(List.of(new Reason("safeguarding.enablement.reason.name-leads-first", List.of())));

        Response response = post(SAFE);

        assertThat(response.getStatus(), is(409));
        assertThat(response.readEntity(String.class), containsString("Name your safeguarding leads"));
    }

    @Test
    public void create_shouldBeForJiraAdminsOnly() {
        user.notAdmin();

        assertThat(post(SAFE).getStatus(), is(403));
        user.anonymous();
        assertThat(post(SAFE).getStatus(), is(401));
        assertThat(asked, is(empty()));
    }
}
