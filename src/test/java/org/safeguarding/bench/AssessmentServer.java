package org.safeguarding.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.safeguarding.jira.assessment.AssessmentResource;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.screening.Organisation;

/**
 * {@code POST /assessment} on a Jersey server in memory, beside a resource that reads the same body and answers
 * {@code {}}: what Jersey itself costs a request, so the ratio between them is the app's share.
 */
final class AssessmentServer extends JerseyTest {
    /** A resource that does nothing but what every resource must: read the body, answer JSON. */
    @Path("/noop")
    public static final class NoOp {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Response answer(String body) {
            return Response.ok("{}").build();
        }
    }

    static AssessmentServer start() {
        AssessmentServer server = new AssessmentServer();
        try {
            server.setUp();
        } catch (Exception e) {
            throw new IllegalStateException("Jersey would not start", e);
        }
        return server;
    }

    @Override
    protected Application configure() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));
        return new ResourceConfig().register(new AssessmentResource(TestUser.worker(),
                        InMemorySettings.of(new Organisation(false, false)), new PropertiesTexts(), clock))
                .register(NoOp.class).register(JacksonFeature.class);
    }

    /** The answer's body, read whole as a browser would. */
    String post(String path, Entity<String> body) {
        Response response = target(path).request(MediaType.APPLICATION_JSON).post(body);
        if (response.getStatus() != 200) {
            throw new IllegalStateException(path + " answered " + response.getStatus());
        }
        return response.readEntity(String.class);
    }
}
