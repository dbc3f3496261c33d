package org.safeguarding.jira.platform.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.ws.rs.ClientErrorException;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.plan.PlanResource;
import org.safeguarding.jira.plan.InMemoryPlanReads;
import org.safeguarding.jira.plan.InMemoryPlanStore;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;

/**
 * What real Jersey answers when a request matches none of the app's resources, or none of a resource's methods or
 * media types: the app's own error shape, in words, instead of an empty body.
 */
public class ClientErrorsJsonTest extends JerseyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Application configure() {
        PropertiesTexts texts = new PropertiesTexts();
        return new ResourceConfig().register(new PlanResource(TestUser.worker(), new InMemoryPlanStore(), new InMemoryPlanReads(), texts,
                new UkClock()))
                .register(new ClientErrorsJson(texts)).register(JacksonFeature.class);
    }

    @Test
    public void toResponse_shouldSayWhichMethodsAnAddressTakesKeepingTheAllowHeader() throws Exception {
        Response response = target("plan").request().post(Entity.json("{}"));

        assertThat(response.getStatus(), is(405));
        assertThat(response.getAllowedMethods(), containsInAnyOrder("GET", "OPTIONS", "PUT"));
        assertThat(message(response), is("This address does not take that kind of request. It takes: GET, OPTIONS, PUT."));
    }

    @Test
    public void toResponse_shouldSayThereIsNothingAtAnAddressTheAppDoesNotHave() throws Exception {
        Response response = target("plans").request().get();

        assertThat(response.getStatus(), is(404));
        assertThat(message(response), is("The app has nothing at this address. Check it against docs/api.md."));
    }

    @Test
    public void toResponse_shouldSayTheAppAnswersInJsonOnly() throws Exception {
        Response response = target("plan").request(MediaType.TEXT_HTML).get();

        assertThat(response.getStatus(), is(406));
        assertThat(message(response), is("The app answers in JSON only. Ask for application/json."));
    }

    @Test
    public void toResponse_shouldKeepAStatusJaxRsHasNoNameForAnsweringInJson() {
        Response response = new ClientErrorsJson(new PropertiesTexts()).toResponse(new ClientErrorException(422));

        assertThat(response.getStatus(), is(422));
        assertThat(response.getMediaType(), is(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String message(Response response) throws Exception {
        assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE), is(true));
        JsonNode body = JSON.readTree(response.readEntity(String.class));
        return body.at("/errors/0/message").asText();
    }
}
