package org.safeguarding.jira.leads;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;

/**
 * {@code POST /rest/safeguarding/1.0/issue/{issueKey}/duty} with {@code {"onDuty": true}}: a safeguarding lead of
 * the case goes on duty for its project, so new concerns there are assigned to them; {@code false} hands it back.
 * The permission comes first: a case someone may not see gets the same 403 as one that does not exist, someone who
 * sees it but does not lead it 403 saying so; 409 while the organisation does not assign new concerns to a lead on
 * duty. The answer says who is on duty now.
 */
@Named
@Path("/issue/{issueKey}/duty")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DutyResource {
    private final CurrentUser currentUser;
    private final Cases cases;
    private final CaseLeads leads;
    private final DutyRota rota;
    private final SettingsStore settings;
    private final Texts texts;

    @Inject
    public DutyResource(CurrentUser currentUser, Cases cases, CaseLeads leads, DutyRota rota, SettingsStore settings,
                        Texts texts) {
        this.currentUser = currentUser;
        this.cases = cases;
        this.leads = leads;
        this.rota = rota;
        this.settings = settings;
        this.texts = texts;
    }

    /** Where a page of the app sends a lead's choice, from Jira's context path. */
    public static String path(String caseKey) {
        return "/rest/safeguarding/1.0/issue/" + caseKey + "/duty";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response duty(@PathParam("issueKey") String issueKey, String body) {
        Optional<String> userKey = currentUser.key();
        if (userKey.isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        Optional<String> caseKey = cases.visibleCaseKey(issueKey);
        if (caseKey.isEmpty()) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.case-not-visible", texts);
        }
        if (!leads.leads(caseKey.get())) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.duty-leads-only", texts);
        }
        if (!settings.read().assignToLeadOnDuty()) {
            return ErrorsJson.status(Response.Status.CONFLICT, "safeguarding.error.duty-not-used", texts);
        }
        DutyJsonReader.Result read = DutyJsonReader.read(body);
        if (read.onDuty() == null) {
            return ErrorsJson.badRequest(read.errors(), texts);
        }
        if (read.onDuty()) {
            rota.take(caseKey.get(), userKey.get());
        } else {
            rota.handBack(caseKey.get(), userKey.get());
        }
        return Response.ok(new OnDutyJson(rota.forCase(caseKey.get()))).build();
    }

    /** Who is on duty for the case's project now: their name and since when, or null for both when nobody is. */
    public static final class OnDutyJson {
        @JsonProperty
        final String leadOnDuty;
        @JsonProperty
        final String since;

        OnDutyJson(Optional<DutyRota.Duty> duty) {
            leadOnDuty = duty.map(DutyRota.Duty::name).orElse(null);
            since = duty.map(onDuty -> onDuty.since().toString()).orElse(null);
        }
    }
}
