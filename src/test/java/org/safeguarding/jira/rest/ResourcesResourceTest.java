package org.safeguarding.jira.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.panel.ShippedDirectory;
import org.safeguarding.jira.web.PropertiesTexts;
import org.safeguarding.jira.web.TestUser;

/** The directory served by real Jersey 2: logged-in users only, filters checked. */
public class ResourcesResourceTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestUser user;

    @Override
    protected Application configure() {
        user = TestUser.worker();
        return new ResourceConfig()
                .register(new ResourcesResource(user, new ShippedDirectory(), new PropertiesTexts()))
                .register(JacksonFeature.class);
    }

    @Test
    public void resources_shouldListTheDirectoryWithWhenAndWhereEachEntryWasChecked() throws Exception {
        Response response = target("resources").request().get();

        assertThat(response.getStatus(), is(200));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/entries").size(), is(9));
        assertThat(body.at("/entries/0/id").asText(), is("police-emergency"));
        assertThat(body.at("/entries/0/verifiedOn").asText(), is("2026-11-29"));
        assertThat(body.at("/entries/0/source").asText(), containsString("https://"));
    }

    @Test
    public void resources_shouldGiveTheServicesForACaseInANation() throws Exception {
        JsonNode body = JSON.readTree(target("resources").queryParam("nation", "scotland")
                .queryParam("child", "false").request().get(String.class));

        List<String> ids = new ArrayList<>();
        body.at("/entries").forEach(entry -> ids.add(entry.get("id").asText()));
        assertThat(ids.contains("migrant-help"), is(true));
        assertThat(ids.contains("salvation-army-victim-care"), is(false));
        assertThat(ids.contains("child-trafficking-guardians"), is(false));
    }

    @Test
    public void resources_shouldNameEachBadFilter() throws Exception {
        Response response = target("resources").queryParam("nation", "france").queryParam("child", "maybe")
                .request().get();

        assertThat(response.getStatus(), is(400));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        assertThat(body.at("/errors/0/field").asText(), is("nation"));
        assertThat(body.at("/errors/0/message").asText(), containsString("'france' is not allowed here"));
        assertThat(body.at("/errors/1/field").asText(), is("child"));
    }

    @Test
    public void resources_shouldAskAnonymousUsersToLogIn() {
        user.anonymous();

        assertThat(target("resources").request().get().getStatus(), is(401));
    }
}
