package org.safeguarding.jira.enablement;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.AdminAccess;
import org.safeguarding.screening.Identified;

/**
 * {@code /rest/safeguarding/1.0/projects/{projectKey}/enablement}: switching the app on or off for a project, for
 * Jira admins after WebSudo. {@code GET ?action=enable} says what would change, in words, or why it cannot be done
 * now, and changes nothing; {@code POST {"action": "enable"}} makes those changes (409 with the reasons when something
 * stands in the way, and then nothing changes). Running either twice changes nothing the second time.
 */
@Named
@Path("/projects/{projectKey}/enablement")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class EnablementResource {
    private final CurrentUser currentUser;
    private final ProjectEnablement enablement;
    private final Texts texts;

    @Inject
    public EnablementResource(CurrentUser currentUser, ProjectEnablement enablement, Texts texts) {
        this.currentUser = currentUser;
        this.enablement = enablement;
        this.texts = texts;
    }

    @GET
    @AdminOnly
    @WebSudoRequired
    public Response plan(@PathParam("projectKey") String projectKey, @QueryParam("action") String action) {
        return AdminAccess.asAdmin(currentUser, texts, () -> {
            Optional<EnablementPlan.Action> chosen = Identified.byId(EnablementPlan.Action.class, action);
            if (chosen.isEmpty()) {
                return ErrorsJson.badRequest(List.of(FieldError.of(EnablementJsonReader.ACTION,
                        "safeguarding.error.not-one-of", String.valueOf(action),
                        Identified.ids(EnablementPlan.Action.class))), texts);
            }
            return enablement.plan(projectKey, chosen.get()).map(plan -> Response.ok(new PlanJson(plan, texts)).build())
                    .orElseGet(this::noSuchProject);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response apply(@PathParam("projectKey") String projectKey, String body) {
        return AdminAccess.asAdmin(currentUser, texts, () -> {
            EnablementJsonReader.Result read = EnablementJsonReader.read(body);
            if (read.action() == null) {
                return ErrorsJson.badRequest(read.errors(), texts);
            }
            return enablement.apply(projectKey, read.action()).map(plan -> plan.blocked()
                    ? ErrorsJson.messages(Response.Status.CONFLICT, plan.reasons().stream()
                            .map(reason -> reasonText(reason, texts)).toList())
                    : Response.ok(new PlanJson(plan, texts)).build()).orElseGet(this::noSuchProject);
        });
    }

    private Response noSuchProject() {
        return ErrorsJson.status(Response.Status.NOT_FOUND, "safeguarding.error.no-such-project", texts);
    }

    static String reasonText(EnablementPlan.Reason reason, Texts texts) {
        return texts.text(reason.messageKey(), reason.arguments().toArray(String[]::new));
    }

    /** A plan in words: each change, each reason it cannot be done now, and what else to know. */
    public static final class PlanJson {
        @JsonProperty
        final String project;
        @JsonProperty
        final String name;
        @JsonProperty
        final String action;
        @JsonProperty
        final List<StepJson> changes;
        @JsonProperty
        final List<String> reasons;
        @JsonProperty
        final List<String> notes;
        @JsonProperty
        final boolean blocked;
        @JsonProperty
        final boolean nothingToDo;

        PlanJson(EnablementPlan plan, Texts texts) {
            project = plan.projectKey();
            name = plan.projectName();
            action = plan.action().id();
            changes = plan.steps().stream().map(step -> new StepJson(step, texts)).toList();
            reasons = plan.reasons().stream().map(reason -> reasonText(reason, texts)).toList();
            notes = plan.notes().stream().map(note -> reasonText(note, texts)).toList();
            blocked = plan.blocked();
            nothingToDo = plan.nothingToDo();
        }
    }

    /** One change: which (as an id), and in words, naming the scheme and any other project it also affects. */
    public static final class StepJson {
        @JsonProperty
        final String change;
        @JsonProperty
        final String text;

        StepJson(EnablementPlan.Step step, Texts texts) {
            change = step.change().id();
            text = texts.text(step.change().messageKey(), step.scheme()) + (step.alsoAffects().isEmpty() ? ""
                    : " " + texts.text("safeguarding.enablement.also-affects", step.alsoAffects()));
        }
    }
}
