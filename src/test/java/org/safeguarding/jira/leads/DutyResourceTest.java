package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.screening.Screening;

/** Going on duty served by real Jersey 2: SG-1 is a case everyone sees and "lead" leads. */
public class DutyResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AppSettings ASSIGNING = new AppSettings(Set.of(), false, false, "leads", null, null, true);

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemorySettings settings;
    private InMemoryDutyRota rota;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        settings = new InMemorySettings(ASSIGNING);
        rota = new InMemoryDutyRota(key -> "lead".equals(key) ? "Sam Lead" : key,
                Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        return new ResourceConfig().register(new DutyResource(user, key -> key.equals("SG-1")
                ? CaseLookup.found("SG-1", Screening.builder().build()) : CaseLookup.notVisible(),
                key -> "lead".equals(user.key().orElse(null)), rota, settings, new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    private Response post(String body) {
        return target("issue/SG-1/duty").request().post(Entity.json(body));
    }

    @Test
    public void duty_shouldPutTheLeadOnDutyAndSaySoThenHandItBack() throws Exception {
        user.lead();

        JsonNode taken = JSON.readTree(post("{\"onDuty\": true}").readEntity(String.class));

        assertThat(taken.at("/leadOnDuty").asText(), is("Sam Lead"));
        assertThat(taken.at("/since").asText(), is("2026-12-01T09:00:00Z"));

        Response handedBack = post("{\"onDuty\": false}");

        assertThat(handedBack.getStatus(), is(200));
        assertThat(JSON.readTree(handedBack.readEntity(String.class)).at("/leadOnDuty").isNull(), is(true));
        assertThat(rota.forCase("SG-1").isPresent(), is(false));
    }

    @Test
    public void duty_shouldSayOnlyTheCasesLeadsCanGoOnDuty() throws Exception {
        user.notAdmin();

        Response refused = post("{\"onDuty\": true}");

        assertThat(refused.getStatus(), is(403));
        assertThat(JSON.readTree(refused.readEntity(String.class)).at("/errors/0/message").asText(),
                is("Only the case's safeguarding leads can go on duty for its project."));
        assertThat(rota.forCase("SG-1").isPresent(), is(false));
    }

    @Test
    public void duty_shouldSayTheOrganisationDoesNotUseALeadOnDuty() throws Exception {
        user.lead();
        settings.save(new AppSettings(Set.of(), false, false, "leads", null, null, false));

        Response refused = post("{\"onDuty\": true}");

        assertThat(refused.getStatus(), is(409));
        assertThat(JSON.readTree(refused.readEntity(String.class)).at("/errors/0/message").asText(),
                is("Your organisation does not give new concerns to a lead on duty. Ask your Jira administrator to "
                        + "choose that in the app's settings (New concerns)."));
    }

    @Test
    public void duty_shouldNameWhatIsWrongWithTheRequestAndChangeNothing() throws Exception {
        user.lead();

        JsonNode missing = JSON.readTree(post("{}").readEntity(String.class));
        JsonNode wrong = JSON.readTree(post("{\"onDuty\": \"yes\"}").readEntity(String.class));
        JsonNode unknown = JSON.readTree(post("{\"onDuty\": true, \"project\": \"HELP\"}").readEntity(String.class));

        assertThat(missing.at("/errors/0/field").asText(), is("onDuty"));
        assertThat(missing.at("/errors/0/message").asText(), is("Say whether you are going on duty (true) or handing "
                + "it back (false)."));
        assertThat(wrong.at("/errors/0/field").asText(), is("onDuty"));
        assertThat(unknown.at("/errors/0/field").asText(), is("project"));
        assertThat(rota.forCase("SG-1").isPresent(), is(false));
    }

    @Test
    public void duty_shouldAnswerACaseSomeoneMayNotSeeAsOneThatDoesNotExist() {
        user.lead();

        Response refused = target("issue/SG-404/duty").request().post(Entity.json("{\"onDuty\": true}"));

        assertThat(refused.getStatus(), is(403));
    }
}
