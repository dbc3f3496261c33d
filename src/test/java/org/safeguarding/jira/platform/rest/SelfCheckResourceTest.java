package org.safeguarding.jira.platform.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;

/** The self-check for administrators and their monitoring, served by real Jersey 2. */
public class SelfCheckResourceTest extends JerseyTest {
    private TestUser user;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        return new ResourceConfig()
                .register(new SelfCheckResource(user, new SelfCheck(new UkClock()), new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    @Test
    public void latest_shouldSayInWordsThatThisJiraHasEverythingTheAppUses() throws Exception {
        user.admin();

        Response response = target("self-check").request().get();

        assertThat(response.getStatus(), is(200));
        JsonNode body = new ObjectMapper().readTree(response.readEntity(String.class));
        assertThat(body.at("/allPresent").asBoolean(), is(true));
        assertThat(body.at("/checked").asInt() > 300, is(true));
        assertThat(body.at("/summary").asText(), containsString("parts of Jira's interface this app uses are present"));
        assertThat(body.at("/missing").size(), is(0));
    }

    @Test
    public void checkAgain_shouldAnswerWithAFreshCheckForAnAdminOnly() {
        assertThat(target("self-check").request().post(Entity.json("{}")).getStatus(), is(403));
        user.admin();

        assertThat(target("self-check").request().post(Entity.json("{}")).getStatus(), is(200));
    }
}
