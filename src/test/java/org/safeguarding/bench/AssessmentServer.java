package org.safeguarding.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.safeguarding.jira.assessment.AssessmentJson;
import org.safeguarding.jira.assessment.AssessmentResource;
import org.safeguarding.jira.cases.ScreeningJson;
import org.safeguarding.jira.cases.ScreeningJsonReader;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Organisation;

/**
 * {@code POST /assessment} served by Jersey in a servlet container over HTTP on this machine, as Jira serves its REST
 * API, beside three resources on the same server: one that reads the same body and answers {@code {}} (what a request
 * costs without the app), one that answers the app's own answer's bytes (what giving that answer costs at the least),
 * and one that reads the body as JSON and answers the same assessment's JSON made once (what any JSON answer of that
 * size costs), so the ratios are the app's share. The client keeps its connection open, as a browser.
 */
final class AssessmentServer {
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

    /**
     * What every answer to {@code POST /assessment} costs besides the app's own work: the request's JSON read by
     * Jackson, and an answer of the same size written by Jackson (the typical screening's assessment, made once).
     */
    @Path("/same-json")
    public static final class SameJson {
        private final AssessmentJson answer;

        SameJson(AssessmentJson answer) {
            this.answer = answer;
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public AssessmentJson answer(ScreeningJson body) {
            return answer;
        }
    }

    /**
     * What no implementation of {@code POST /assessment} can do without: read the body and answer the typical
     * screening's assessment, the very bytes the app answers, kept from its first answer, so nothing is checked,
     * assessed or serialised per request.
     */
    @Path("/same-bytes")
    public static final class SameBytes {
        private volatile String answer;

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Response answer(String body) {
            return Response.ok(answer).build();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    private AssessmentServer(URI base) {
        this.base = base;
    }

    static AssessmentServer start() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));
        SameBytes sameBytes = new SameBytes();
        ResourceConfig resources = new ResourceConfig().register(new AssessmentResource(TestUser.worker(),
                        InMemorySettings.of(new Organisation(false, false)), new PropertiesTexts(), clock))
                .register(NoOp.class).register(new SameJson(typicalAnswer())).register(sameBytes)
                .register(JacksonFeature.class);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new ServletContainer(resources)), "/rest/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty would not start", e);
        }
        AssessmentServer started = new AssessmentServer(URI.create("http://127.0.0.1:" + connector.getLocalPort()
                + "/rest/"));
        sameBytes.answer = started.post("assessment", AssessmentBenchmark.TYPICAL_JSON);
        return started;
    }

    private static AssessmentJson typicalAnswer() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        return AssessmentJson.of(Assessor.assess(ScreeningJsonReader.read(AssessmentBenchmark.TYPICAL_JSON, day)
                .screening(), new Organisation(false, false), day), new PropertiesTexts());
    }

    /** The answer's body, read whole as a browser would. */
    String post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
