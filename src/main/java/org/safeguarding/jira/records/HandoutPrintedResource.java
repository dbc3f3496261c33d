package org.safeguarding.jira.records;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.EmptyJsonReader;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;

/**
 * {@code POST /rest/safeguarding/1.0/issue/{issueKey}/handout/printed} with {@code {}}: records in the case's access
 * log that the person's handout was printed, as the handout page does when the browser prints it. Opening the handout
 * is recorded as a view; only this says it left on paper. For anyone who may see the case, as the handout is; a case
 * someone may not see gets the same 403 as one that does not exist.
 */
@Named
@Path("/issue/{issueKey}/handout/printed")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HandoutPrintedResource {
    static final String HANDOUT = "safeguarding.access.detail.handout";

    private final CurrentUser currentUser;
    private final Cases cases;
    private final AccessRecorder access;
    private final Texts texts;

    @Inject
    public HandoutPrintedResource(CurrentUser currentUser, Cases cases, AccessRecorder access, Texts texts) {
        this.currentUser = currentUser;
        this.cases = cases;
        this.access = access;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response printed(@PathParam("issueKey") String issueKey, String body) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        Optional<String> caseKey = cases.visibleCaseKey(issueKey);
        if (caseKey.isEmpty()) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.case-not-visible", texts);
        }
        List<FieldError> problems = EmptyJsonReader.check(body);
        if (!problems.isEmpty()) {
            return ErrorsJson.badRequest(problems, texts);
        }
        access.printed(caseKey.get(), HANDOUT);
        return Response.noContent().build();
    }
}
