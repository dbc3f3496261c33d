package org.safeguarding.jira.platform.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import javax.ws.rs.client.Entity;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;
import org.safeguarding.jira.assessment.AssessmentResource;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.screening.Organisation;

/**
 * Requests built to make the server spend memory answering them (issue 14): the answer stays a few kilobytes and
 * the body is refused before it is read whole, on real Jersey with the filter Jira's REST module would run.
 */
public class HostileRequestTest extends JerseyTest {
    /** The largest error answer allowed, whatever was sent. */
    private static final int ERROR_BOUND = 8 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNDECLARED_LENGTH = "X-Test-Undeclared-Length";

    @Override
    protected Application configure() {
        PropertiesTexts texts = new PropertiesTexts();
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));
        return new ResourceConfig()
                .register(new UndeclaredLength())
                .register(new RequestSizeLimit(texts))
                .register(new AssessmentResource(TestUser.worker(), InMemorySettings.of(new Organisation(false,
                        false)), texts, clock))
                .register(JacksonFeature.class);
    }

    @Test
    public void assessment_shouldAnswerAHugeListOfBadItemsWithOneShortError() throws Exception {
        String items = String.join(",", Collections.nCopies(20_000, "\"x\""));

        Response response = post("{\"indicatorsSeen\":[" + items + "]}");

        String body = response.readEntity(String.class);
        assertThat(response.getStatus(), is(400));
        assertThat(body.length(), lessThan(ERROR_BOUND));
        assertThat(JSON.readTree(body).at("/errors/0/message").asText(), containsString("more than the"));
    }

    @Test
    public void assessment_shouldNameTheAllowedValuesOnceAndCountTheErrorsBeyondTwenty() throws Exception {
        StringBuilder fields = new StringBuilder("{\"indicatorsSeen\":[\"a\",\"b\",\"c\"]");
        for (int i = 0; i < 500; i++) {
            fields.append(",\"unknown").append(i).append("\":1");
        }

        Response response = post(fields.append('}').toString());

        String body = response.readEntity(String.class);
        JsonNode errors = JSON.readTree(body).at("/errors");
        assertThat(response.getStatus(), is(400));
        assertThat(body.length(), lessThan(ERROR_BOUND));
        assertThat(errors.size(), is(ErrorsJson.MOST_ERRORS + 1));
        assertThat(errors.get(ErrorsJson.MOST_ERRORS).at("/message").asText(), containsString("And 483 more"));

        String threeBad = post("{\"indicatorsSeen\":[\"a\",\"b\",\"c\"]}").readEntity(String.class);
        assertThat(threeBad.split("Use one of", -1).length - 1, is(1));
        assertThat(threeBad.split("not allowed here either", -1).length - 1, is(2));
    }

    @Test
    public void assessment_shouldRepeatOnlyTheStartOfAHugeBadValueOrFieldName() throws Exception {
        String huge = "y".repeat(100_000);

        Response response = post("{\"ageGroup\":\"" + huge + "\",\"" + huge + "\":1}");

        String body = response.readEntity(String.class);
        assertThat(response.getStatus(), is(400));
        assertThat(body.length(), lessThan(ERROR_BOUND));
    }

    /** A declared length over the limit is refused before a byte of the body is read. */
    @Test
    public void assessment_shouldRefuseABodyDeclaredLargerThanAnyFormSends() throws Exception {
        String json = "{\"notes\":{\"owes-money\":\"" + "z".repeat(RequestSizeLimit.MOST_BYTES) + "\"}}";

        Response response = target("assessment").request(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_LENGTH, json.length()).post(Entity.json(json));

        String body = response.readEntity(String.class);
        assertThat(response.getStatus(), is(413));
        assertThat(body.length(), lessThan(ERROR_BOUND));
        assertThat(JSON.readTree(body).at("/errors/0/message").asText(), containsString("Nothing was saved"));
    }

    /** Sent in chunks, with no length declared up front: refused once reading it passes the limit. */
    @Test
    public void assessment_shouldRefuseALargeBodySentWithoutALength() throws Exception {
        String notes = "z".repeat(RequestSizeLimit.MOST_BYTES);

        Response tooLarge = post("{\"notes\":{\"owes-money\":\"" + notes + "\"}}", UNDECLARED_LENGTH);
        Response small = post("{\"ageGroup\":\"adult\"}", UNDECLARED_LENGTH);

        String body = tooLarge.readEntity(String.class);
        assertThat(tooLarge.getStatus(), is(413));
        assertThat(JSON.readTree(body).at("/errors/0/message").asText(), containsString("Nothing was saved"));
        assertThat("a small body without a length is read as sent", small.getStatus(), is(200));
    }

    /** What a client sending in chunks looks like to the filter: a body with no Content-Length. */
    @PreMatching
    private static final class UndeclaredLength implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if ("true".equals(request.getHeaderString(UNDECLARED_LENGTH))) {
                request.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            }
        }
    }

    private Response post(String json, String header) {
        return target("assessment").request(MediaType.APPLICATION_JSON).header(header, "true")
                .post(Entity.json(json));
    }

    private Response post(String json) {
        return target("assessment").request(MediaType.APPLICATION_JSON).post(Entity.json(json));
    }
}
