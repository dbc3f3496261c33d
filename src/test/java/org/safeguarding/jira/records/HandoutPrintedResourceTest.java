package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.screening.Screening;

/** The handout's prints, each in the case's access log as a print, by whoever may see the case, on a real Jersey. */
public class HandoutPrintedResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Set in configure(), which JerseyTest calls from its constructor, before field initialisers run. */
    private TestUser user;
    private InMemoryAccessLog log;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        log = new InMemoryAccessLog();
        return new ResourceConfig().register(new HandoutPrintedResource(user,
                // Stands in for any other key Jira resolves to the case, such as the old key of a moved case.
                key -> key.toUpperCase(Locale.ROOT).equals("SG-1")
                        ? CaseLookup.found("SG-1", Screening.builder().build()) : CaseLookup.notVisible(),
                new AccessRecorder(log, user, new UkClock()), new PropertiesTexts())).register(JacksonFeature.class);
    }

    private Response post(String issueKey, String body) {
        return target("issue/" + issueKey + "/handout/printed").request().post(Entity.json(body));
    }

    @Test
    public void printed_shouldRecordEachPrintOfTheHandoutUnderTheCasesOwnKey() {
        assertThat(post("sg-1", "{}").getStatus(), is(204));
        assertThat(post("SG-1", "{}").getStatus(), is(204));

        assertThat(log.latest("SG-1", 5).stream().map(CaseAccess::kind).toList(),
                contains(AccessKind.PRINTED, AccessKind.PRINTED));
        assertThat(log.latest("SG-1", 1).get(0).detail(), is("safeguarding.access.detail.handout"));
        assertThat(log.latest("SG-1", 1).get(0).userKey(), is("worker"));
    }

    @Test
    public void printed_shouldAnswerACaseTheUserMayNotSeeAsOneThatDoesNotExistAndRecordNothing() throws Exception {
        Response response = post("SG-2", "{}");

        assertThat(response.getStatus(), is(403));
        assertThat(JSON.readTree(response.readEntity(String.class)).at("/errors/0/message").asText(),
                is(new PropertiesTexts().text("safeguarding.error.case-not-visible")));
        assertThat(log.latest("SG-2", 5), is(empty()));
    }

    @Test
    public void printed_shouldNameAFieldItDoesNotKnowAndABodyThatIsNotJson() throws Exception {
        JsonNode unknown = JSON.readTree(post("SG-1", "{\"page\": \"handout\"}").readEntity(String.class));
        assertThat(unknown.at("/errors/0/field").asText(), is("page"));
        assertThat(post("SG-1", "not json").getStatus(), is(400));
        assertThat(post("SG-1", "").getStatus(), is(400));
        assertThat(log.latest("SG-1", 5), is(empty()));
    }

    @Test
    public void printed_shouldAskSomeoneNotLoggedInToLogIn() {
        user.anonymous();

        assertThat(post("SG-1", "{}").getStatus(), is(401));
        assertThat(log.latest("SG-1", 5), is(empty()));
    }
}
