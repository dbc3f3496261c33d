package org.safeguarding.jira.setup;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.AdminAccess;

/**
 * {@code POST /rest/safeguarding/1.0/setup}: runs set-up again on demand, for an admin who deleted a field by mistake
 * or wants to check everything is in place. Adds only what is missing; reports what it did.
 */
@Named
@Path("/setup")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class SetupResource {
    private final CurrentUser currentUser;
    private final Provisioning provisioning;
    private final Texts texts;

    @Inject
    public SetupResource(CurrentUser currentUser, Provisioning provisioning, Texts texts) {
        this.currentUser = currentUser;
        this.provisioning = provisioning;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setUp() {
        return AdminAccess.asAdmin(currentUser, texts,
                () -> Response.ok(new SetupJson(provisioning.run(currentUser.key()))).build());
    }

    /** What set-up did. */
    public static final class SetupJson {
        @JsonProperty
        final boolean complete;
        @JsonProperty
        final List<String> created;
        @JsonProperty
        final int alreadyThere;
        @JsonProperty
        final List<String> problems;
        @JsonProperty
        final List<StepJson> steps;

        SetupJson(SetupReport report) {
            complete = report.isComplete();
            created = report.created();
            alreadyThere = report.found().size();
            problems = report.problems();
            steps = report.steps().stream().map(StepJson::new).toList();
        }
    }

    /** How one step went: done, problem, failed, skipped or waiting, and what was wrong. */
    public static final class StepJson {
        @JsonProperty
        final String step;
        @JsonProperty
        final String outcome;
        @JsonProperty
        final List<String> problems;

        StepJson(SetupRuns.Step step) {
            this.step = step.step().id();
            outcome = step.outcome().name().toLowerCase(Locale.ROOT);
            problems = step.problems();
        }
    }
}
