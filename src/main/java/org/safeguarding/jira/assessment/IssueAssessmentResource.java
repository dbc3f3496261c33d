package org.safeguarding.jira.assessment;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.time.Clock;
import java.time.LocalDate;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.screening.Assessor;

/**
 * {@code /rest/safeguarding/1.0/issue/{issueKey}/assessment}: the assessment of a Safeguarding concern as recorded
 * in Jira, for anyone who may browse the issue.
 */
@Named
@Path("/issue/{issueKey}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IssueAssessmentResource {
    private final CurrentUser currentUser;
    private final Cases cases;
    private final OrganisationSettings settings;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public IssueAssessmentResource(CurrentUser currentUser, Cases cases, OrganisationSettings settings, Texts texts,
                                   Clock clock) {
        this.currentUser = currentUser;
        this.cases = cases;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    public Response assessment(@PathParam("issueKey") String issueKey) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        CaseLookup lookup = cases.find(issueKey);
        return switch (lookup.status()) {
            case NOT_VISIBLE -> ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.case-not-visible",
                    texts);
            case NOT_A_CASE -> ErrorsJson.status(Response.Status.NOT_FOUND, "safeguarding.error.not-a-case", texts);
            case FOUND -> Response.ok(AssessmentJson.of(Assessor.assess(lookup.screening(),
                    settings.organisation(), LocalDate.now(clock)), texts)).build();
        };
    }
}
