package org.safeguarding.jira.work;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;

/**
 * {@code GET /rest/safeguarding/1.0/work}: what needs the user now, queue by queue, as the page shows it, for the
 * dashboard item: each queue's name, its count in words, its first cases and the whole list in Jira's issue
 * navigator, with addresses from Jira's context path. For anyone logged in; Jira's permissions decide what is counted.
 */
@Named
@Path("/work")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class WorkResource {
    private final CurrentUser currentUser;
    private final WorkQueues queues;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public WorkResource(CurrentUser currentUser, WorkQueues queues, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.queues = queues;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    public Response queues() {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        return Response.ok(Map.of("page", WorkServlet.PATH, "queues", WorkPage.queues(queues.queues(), "",
                LocalDate.now(clock), texts)))
                .build();
    }
}
