package org.safeguarding.jira.assessment;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import java.time.Clock;
import java.time.LocalDate;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.cases.ScreeningJsonReader;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.screening.Assessor;

/**
 * {@code /rest/safeguarding/1.0/assessment}: assesses screening answers sent as JSON, with the organisation's own
 * settings, and says how serious the concern looks and what to do next. Nothing is stored.
 */
@Named
@Path("/assessment")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AssessmentResource {
    private final CurrentUser currentUser;
    private final OrganisationSettings settings;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public AssessmentResource(CurrentUser currentUser, OrganisationSettings settings, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response assess(String body) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        LocalDate today = LocalDate.now(clock);
        ScreeningJsonReader.Result read = ScreeningJsonReader.read(body, today);
        if (!read.isValid()) {
            return ErrorsJson.badRequest(read.errors(), texts);
        }
        return Response.ok(AssessmentJson.of(Assessor.assess(read.screening(), settings.organisation(), today), texts))
                .build();
    }
}
