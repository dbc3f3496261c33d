package org.safeguarding.jira.records;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /rest/safeguarding/1.0/issue/{issueKey}/anonymise} with {@code {"confirm": "<the case's key>"}}, and
 * {@code "beforeReview": true} while the case's retention review date is still ahead: replaces a closed case's
 * personal details, for its safeguarding leads. The permission is checked before the body
 * is read; someone who may see the case but does not lead it gets 403 saying so, an open case 409 saying to close it
 * first, a case someone may not see the same 403 as one that does not exist. It cannot be undone, so Jira asks the
 * lead to confirm their password first (WebSudo), as the page that calls it does. The key in the path may be an old
 * key of a moved case, which Jira still finds: the confirmation, the log and the answer use the case's own key.
 */
@Named
@Path("/issue/{issueKey}/anonymise")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
@WebSudoRequired
public class AnonymiseResource {
    private static final Logger LOG = LoggerFactory.getLogger(AnonymiseResource.class);

    private final CurrentUser currentUser;
    private final Anonymisation anonymisation;
    private final Texts texts;

    @Inject
    public AnonymiseResource(CurrentUser currentUser, Anonymisation anonymisation, Texts texts) {
        this.currentUser = currentUser;
        this.anonymisation = anonymisation;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response anonymise(@PathParam("issueKey") String issueKey, String body) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        Optional<String> found = anonymisation.caseKey(issueKey);
        if (found.isEmpty()) {
            return refused(issueKey, Anonymisation.Standing.NOT_VISIBLE);
        }
        String caseKey = found.get();
        Anonymisation.Standing standing = anonymisation.standing(caseKey);
        if (standing != Anonymisation.Standing.MAY_ANONYMISE) {
            return refused(caseKey, standing);
        }
        List<FieldError> problems = AnonymiseJsonReader.check(body, caseKey, anonymisation.reviewAhead(caseKey));
        if (!problems.isEmpty()) {
            return ErrorsJson.badRequest(problems, texts);
        }
        try {
            Anonymisation.Standing done = anonymisation.anonymise(caseKey);
            return done == Anonymisation.Standing.MAY_ANONYMISE
                    ? Response.ok(new AnonymisedJson(caseKey)).build() : refused(caseKey, done);
        } catch (CaseAnonymiser.Unfinished e) {
            LOG.error("Anonymising {} stopped part-way", caseKey, e);
            return ErrorsJson.status(Response.Status.INTERNAL_SERVER_ERROR, "safeguarding.error.anonymise-unfinished",
                    texts);
        }
    }

    private Response refused(String issueKey, Anonymisation.Standing standing) {
        Response.Status status = standing == Anonymisation.Standing.STILL_OPEN
                || standing == Anonymisation.Standing.HAS_SUB_TASKS ? Response.Status.CONFLICT : Response.Status.FORBIDDEN;
        return ErrorsJson.messages(status, List.of(anonymisation.refusal(issueKey, standing).orElseThrow()));
    }

    /** The case, now anonymised. */
    public static final class AnonymisedJson {
        @JsonProperty("case")
        final String caseKey;
        @JsonProperty
        final boolean anonymised = true;

        AnonymisedJson(String caseKey) {
            this.caseKey = caseKey;
        }
    }
}
