package org.safeguarding.jira.raise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;

/** Raising a concern served by real Jersey 2, over a raiser that records what it was asked to raise. */
public class ConcernResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private List<String> summaries;
    private List<CaseValues> raised;
    private List<String> refusal;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        summaries = new ArrayList<>();
        raised = new ArrayList<>();
        refusal = new ArrayList<>();
        ConcernRaiser raiser = new ConcernRaiser() {
            @Override
            public List<Place> places() {
                return List.of(new Place("SG", "Safeguarding"));
            }

            @Override
            public boolean mayRaiseIn(String projectKey) {
                return "SG".equals(projectKey);
            }

            @Override
            public Raised raise(String projectKey, String summary, CaseValues values) {
                if (!refusal.isEmpty()) {
                    return Raised.refused(refusal);
                }
                summaries.add(summary);
                raised.add(values);
                // As Jira's adapter: a concern with danger now goes straight on to Immediate danger.
                return values.option(CaseFields.IMMEDIATE_DANGER).filter("yes"::equals).isPresent()
                        ? Raised.urgently("SG-7") : Raised.as("SG-7");
            }
        };
        return new ResourceConfig().register(new ConcernResource(user, raiser, new PropertiesTexts(),
                Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/London"))))
                .register(JacksonFeature.class);
    }

    private Response post(String body) {
        return target("concerns").request().post(Entity.json(body));
    }

    @Test
    public void raise_shouldRaiseWhatIsKnownSoFarAndAnswerWithTheNewCase() throws Exception {
        Response response = post("{\"project\": \"SG\", \"notes\": \"Works at the car wash, no pay.\", "
                + "\"screening\": {\"immediateDanger\": \"no\", \"answers\": {\"owes-money\": \"yes\"}, "
                + "\"indicatorsSeen\": [\"physical.neglected\"]}}");

        assertThat(response.getStatus(), is(201));
        assertThat(response.getLocation().getPath(), is("/browse/SG-7"));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/key").asText(), is("SG-7"));
        CaseValues values = raised.get(0);
        assertThat(values.option(CaseFields.IMMEDIATE_DANGER).orElseThrow(), is("no"));
        assertThat(values.option("question.owes-money").orElseThrow(), is("yes"));
        assertThat(values.options(CaseFields.INDICATORS_SEEN), contains("physical.neglected"));
        assertThat(values.text(CaseFields.SCREENING_NOTES).orElseThrow(), is("Works at the car wash, no pay."));
        // Jira's summary is shown in lists and e-mails: by default it says nothing about the person.
        assertThat(summaries, contains("Safeguarding concern raised 1 Dec 2026"));
    }

    @Test
    public void raise_shouldTellTheWorkerTheLeadsWereToldItIsUrgentWhenSomeoneIsInDangerNow() throws Exception {
        JsonNode urgent = JSON.readTree(post("{\"project\": \"SG\", \"screening\": {\"immediateDanger\": \"yes\"}}")
                .readEntity(String.class));
        JsonNode calm = JSON.readTree(post("{\"project\": \"SG\", \"screening\": {\"immediateDanger\": \"no\"}}")
                .readEntity(String.class));

        assertThat(urgent.at("/urgent").asBoolean(), is(true));
        assertThat(urgent.at("/message").asText(), is(new PropertiesTexts().text("safeguarding.raise.urgent")));
        assertThat(calm.at("/urgent").asBoolean(), is(false));
        assertThat(calm.at("/message").isNull(), is(true));
    }

    @Test
    public void raise_shouldCountSignsToldAsNoticedAndKeepWhatWasToldAndWhatWasUnsureInTheNotes() {
        Response response = post("{\"project\": \"SG\", \"notes\": \"Works nights.\", \"screening\": "
                + "{\"indicatorsSeen\": [\"physical.neglected\", \"physical.assault-injuries\"]}, "
                + "\"signsTold\": [\"physical.assault-injuries\"], \"signsNotSure\": [\"physical.untreated-injuries\"]}");

        assertThat(response.getStatus(), is(201));
        CaseValues values = raised.get(0);
        assertThat(values.options(CaseFields.INDICATORS_SEEN), contains("physical.assault-injuries",
                "physical.neglected"));
        assertThat(values.text(CaseFields.SCREENING_NOTES).orElseThrow(), is("Works nights.\n\n"
                + "Signs they told me about (not seen): Injuries that look like assault or being restrained.\n\n"
                + "Signs I was not sure about (not counted): Old or untreated injuries, with vague explanations."));
    }

    @Test
    public void raise_shouldRefuseASignToldThatIsNotNoticedAndOneBothNoticedAndUnsure() throws Exception {
        JsonNode errors = JSON.readTree(post("{\"project\": \"SG\", \"screening\": {\"indicatorsSeen\": "
                + "[\"physical.neglected\"]}, \"signsTold\": [\"physical.assault-injuries\"], "
                + "\"signsNotSure\": [\"physical.neglected\"]}").readEntity(String.class));

        List<String> fields = new ArrayList<>();
        errors.at("/errors").forEach(error -> fields.add(error.at("/field").asText()));
        assertThat(fields, containsInAnyOrder("signsTold", "signsNotSure"));
        assertThat(raised, is(empty()));
    }

    @Test
    public void raise_shouldNameEveryProblemAndRaiseNothing() throws Exception {
        JsonNode errors = JSON.readTree(post("{\"summary\": \"one\\ntwo\", \"colour\": \"red\", \"screening\": "
                + "{\"immediateDanger\": \"maybe\", \"dateOfBirth\": \"2010-01-01\"}}").readEntity(String.class));

        List<String> fields = new ArrayList<>();
        errors.at("/errors").forEach(error -> fields.add(error.at("/field").asText()));
        assertThat(fields, containsInAnyOrder("project", "summary", "colour", "screening.immediateDanger"));
        assertThat(raised, is(empty()));
    }

    @Test
    public void raise_shouldAskForDatesOnTheCaseOnceRaised() throws Exception {
        JsonNode errors = JSON.readTree(post("{\"project\": \"SG\", \"screening\": {\"dateOfBirth\": "
                + "\"2010-01-01\"}}").readEntity(String.class));

        assertThat(errors.at("/errors/0/field").asText(), is("screening.dateOfBirth"));
        assertThat(errors.at("/errors/0/message").asText(), is("Record this date on the case once it is raised: "
                + "leave it out here."));
        assertThat(raised, is(empty()));
    }

    @Test
    public void raise_shouldRefuseAProjectNotOfferedToTheUser() {
        Response refused = post("{\"project\": \"HR\"}");

        assertThat(refused.getStatus(), is(403));
        assertThat(raised, is(empty()));
    }

    @Test
    public void raise_shouldGiveJirasReasonsWhenJiraRefusesIt() throws Exception {
        refusal.add("Summary: You must specify a summary of the issue.");

        Response refused = post("{\"project\": \"SG\"}");

        assertThat(refused.getStatus(), is(400));
        assertThat(JSON.readTree(refused.readEntity(String.class)).at("/errors/0/message").asText(),
                is("Summary: You must specify a summary of the issue."));
    }

    @Test
    public void everything_shouldAskSomeoneNotLoggedInToLogIn() {
        user.anonymous();

        assertThat(target("concerns/places").request().get().getStatus(), is(401));
        assertThat(post("{\"project\": \"SG\"}").getStatus(), is(401));
    }

    @Test
    public void places_shouldListTheProjectsAConcernCanBeRaisedIn() throws Exception {
        JsonNode places = JSON.readTree(target("concerns/places").request().get(String.class));

        assertThat(places.at("/places/0/key").asText(), is("SG"));
        assertThat(places.at("/places/0/name").asText(), is("Safeguarding"));
    }
}
