package org.safeguarding.jira.enablement;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
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
import org.safeguarding.jira.platform.rest.ErrorsJson;

/**
 * {@code POST /rest/safeguarding/1.0/projects}: makes a project for safeguarding alone and enables it, for Jira admins
 * after WebSudo. Answers 201 with Enable's report for it and anything left to the admin; 400 naming each field Jira or
 * the app refused (nothing is made); 409 when set-up has not finished, no leads are named, or another node holds the
 * set-up lock (nothing is made).
 */
@Named
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProjectCreationResource {
    private final CurrentUser currentUser;
    private final ProjectCreation creation;
    private final Texts texts;

    @Inject
    public ProjectCreationResource(CurrentUser currentUser, ProjectCreation creation, Texts texts) {
        this.currentUser = currentUser;
        this.creation = creation;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response create(String body) {
        return AdminAccess.asAdmin(currentUser, texts, () -> {
            NewProjectJsonReader.Result read = NewProjectJsonReader.read(body);
            if (read.project() == null) {
                return ErrorsJson.badRequest(read.errors(), texts);
            }
            Creation created = creation.create(read.project());
            if (!created.problems().isEmpty()) {
                return ErrorsJson.badRequest(created.problems(), texts);
            }
            if (!created.isMade()) {
                return ErrorsJson.messages(Response.Status.CONFLICT, created.reasons().stream()
                        .map(reason -> EnablementResource.reasonText(reason, texts)).toList());
            }
            return Response.status(Response.Status.CREATED).entity(new CreatedJson(created, texts)).build();
        });
    }

    /** The project made: Enable's report for it, and what is left to the admin, in words. */
    public static final class CreatedJson {
        @JsonProperty
        final EnablementResource.PlanJson enabled;
        @JsonProperty
        final List<String> unfinished;

        CreatedJson(Creation created, Texts texts) {
            enabled = new EnablementResource.PlanJson(created.enabled(), texts);
            unfinished = created.unfinished().stream().map(reason -> EnablementResource.reasonText(reason, texts))
                    .toList();
        }
    }
}
