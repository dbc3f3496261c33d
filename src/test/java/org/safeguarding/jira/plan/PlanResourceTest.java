package org.safeguarding.jira.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.SafeguardingPlan;

/** The plan served by real Jersey 2: everyone logged in reads it, only admins change it, every part required. */
public class PlanResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String PLAN = "{\"vulnerable\": \"Talk with them.\", \"trafficked\": \"Call 999 first.\", "
            + "\"specialists\": \"Ann Lee, 0113 000 0000\", \"whereItLives\": \"The intranet.\"}";

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemoryPlanStore store;
    private InMemoryPlanReads reads;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        store = new InMemoryPlanStore();
        reads = new InMemoryPlanReads();
        return new ResourceConfig().register(new PlanResource(user, store, reads, new PropertiesTexts(), TODAY))
                .register(JacksonFeature.class);
    }

    @Test
    public void plan_shouldGiveAWorkerTheTemplateUntilAnAdminSavesOne() throws Exception {
        JsonNode body = JSON.readTree(target("plan").request().get(String.class));

        assertThat(body.at("/template").asBoolean(), is(true));
        assertThat(body.at("/trafficked").asText(), containsString("call the police on 999 first"));
        assertThat(body.at("/changedOn").isMissingNode(), is(true));
    }

    @Test
    public void read_shouldRecordThatTheUserReadTheCurrentVersionOnly() {
        store.save(new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 11, 30)));
        String version = store.read().orElseThrow().version();

        Response response = target("plan/read").request().post(Entity.json("{}"));

        assertThat(response.getStatus(), is(204));
        assertThat(reads.hasRead("worker", version), is(true));
        store.save(new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call 999.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 12, 1)));
        assertThat(reads.hasRead("worker", store.read().orElseThrow().version()), is(false));
    }

    @Test
    public void read_shouldRefuseWhileThePlanIsTheTemplateAndAnythingButAnEmptyObjectOrSomeoneNotLoggedIn() {
        assertThat(target("plan/read").request().post(Entity.json("{}")).getStatus(), is(409));
        store.save(new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 11, 30)));
        assertThat(target("plan/read").request().post(Entity.json("{\"user\": \"lead\"}")).getStatus(), is(400));
        user.anonymous();
        assertThat(target("plan/read").request().post(Entity.json("{}")).getStatus(), is(401));
        assertThat(reads.reads().isEmpty(), is(true));
    }

    @Test
    public void ask_shouldSayYesOnceAboutAChangedPlanAndNeverAboutTheTemplate() throws Exception {
        assertThat(target("plan/ask").request().post(Entity.json("{}"), String.class), is("{\"ask\":false}"));
        store.save(new PlanStore.Saved(new SafeguardingPlan("Talk.", "Call.", "Ann Lee", "Intranet"),
                LocalDate.of(2026, 11, 30)));

        assertThat(target("plan/ask").request().post(Entity.json("{}"), String.class),
                is("{\"ask\":true,\"changedOn\":\"30 Nov 2026\"}"));
        assertThat(target("plan/ask").request().post(Entity.json("{}"), String.class), is("{\"ask\":false}"));
        assertThat(target("plan/ask").request().post(Entity.json("{\"again\": true}")).getStatus(), is(400));
        user.anonymous();
        assertThat(target("plan/ask").request().post(Entity.json("{}")).getStatus(), is(401));
    }

    @Test
    public void plan_shouldAskAnonymousUsersToLogIn() {
        user.anonymous();

        assertThat(target("plan").request().get().getStatus(), is(401));
    }

    @Test
    public void change_shouldSaveThePlanForAnAdminWithTheDay() throws Exception {
        user.admin();

        Response response = target("plan").request().put(Entity.json(PLAN));

        assertThat(response.getStatus(), is(200));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/template").asBoolean(), is(false));
        assertThat(body.at("/changedOn").asText(), is("2026-12-01"));
        assertThat(store.read().orElseThrow().plan().specialists(), is("Ann Lee, 0113 000 0000"));
    }

    @Test
    public void change_shouldBeRefusedToAWorkerAndToSomeoneNotLoggedIn() {
        assertThat(target("plan").request().put(Entity.json(PLAN)).getStatus(), is(403));
        user.anonymous();
        assertThat(target("plan").request().put(Entity.json(PLAN)).getStatus(), is(401));
        assertThat(store.read(), is(Optional.empty()));
    }

    @Test
    public void change_shouldNameEveryPartLeftEmptyOrUnknownAndKeepTheSavedPlan() throws Exception {
        user.admin();
        PlanStore.Saved before = new PlanStore.Saved(new SafeguardingPlan("a", "b", "c", "d"),
                LocalDate.of(2026, 11, 1));
        store.save(before);

        Response empty = target("plan").request().put(Entity.json("{\"vulnerable\": \" \", \"trafficked\": "
                + "\"Call.\"}"));
        Response unknown = target("plan").request().put(Entity.json("{\"colour\": \"red\"}"));

        assertThat(empty.getStatus(), is(400));
        assertThat(fields(empty), containsInAnyOrder("vulnerable", "specialists", "whereItLives"));
        assertThat(unknown.getStatus(), is(400));
        assertThat(fields(unknown), containsInAnyOrder("colour"));
        assertThat(store.read(), is(Optional.of(before)));
    }

    @Test
    public void change_shouldAnswerBadJsonWithWhatToDo() {
        user.admin();

        Response response = target("plan").request().put(Entity.json("{\"vulnerable\": "));

        assertThat(response.getStatus(), is(400));
        assertThat(response.readEntity(String.class), containsString("This is not valid JSON"));
        assertThat(store.read(), is(Optional.empty()));
    }

    private static List<String> fields(Response response) throws Exception {
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.readEntity(String.class)).at("/errors").forEach(error ->
                fields.add(error.get("field").asText()));
        return fields;
    }
}
