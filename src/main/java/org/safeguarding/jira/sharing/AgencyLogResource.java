package org.safeguarding.jira.sharing;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.LeadCaseRequests;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.FieldProblem;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingCondition;
import org.safeguarding.screening.Identified;

/**
 * {@code /rest/safeguarding/1.0/issue/{issueKey}/agency-log}: a case's agency and sharing log, for its safeguarding
 * leads. {@code GET} gives every entry, oldest first, each saying whether a later entry corrects it; {@code POST}
 * appends one entry and answers 201 with it. Nothing edits or deletes an entry: a correction is a new entry naming
 * the one it corrects. The permission comes first: a case someone may not see gets the same 403 as one that does not
 * exist, someone who sees it but does not lead it 403 saying so.
 */
@Named
@Path("/issue/{issueKey}/agency-log")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AgencyLogResource {
    /** What someone who sees the case but does not lead it is told. */
    private static final String LEADS_ONLY = "safeguarding.error.sharing.leads-only";

    private final CurrentUser currentUser;
    private final LeadCaseRequests requests;
    private final AgencyLog log;
    private final UserNames names;
    private final SettingsStore settings;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public AgencyLogResource(CurrentUser currentUser, Cases cases, CaseLeads leads, AgencyLog log, UserNames names,
                             SettingsStore settings, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.requests = new LeadCaseRequests(currentUser, cases, leads, texts);
        this.log = log;
        this.names = names;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    /** Where a page of the app sends an entry, from Jira's context path. */
    public static String path(String caseKey) {
        return "/rest/safeguarding/1.0/issue/" + caseKey + "/agency-log";
    }

    @GET
    public Response entries(@PathParam("issueKey") String issueKey) {
        return requests.leadsCase(issueKey).map(caseKey -> {
            List<AgencyShare.Recorded> entries = log.forCase(caseKey);
            Set<Long> corrected = AgencyShare.corrected(entries);
            return Response.ok(new LogJson(caseKey, entries.stream()
                    .map(entry -> new EntryJson(entry, corrected.contains(entry.id()), names)).toList())).build();
        }).orElseGet(() -> requests.refusal(issueKey, LEADS_ONLY));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("issueKey") String issueKey, String body) {
        Optional<String> caseKey = requests.leadsCase(issueKey);
        if (caseKey.isEmpty()) {
            return requests.refusal(issueKey, LEADS_ONLY);
        }
        AgencyShareJsonReader.Result read = AgencyShareJsonReader.read(body);
        if (read.share() == null) {
            return ErrorsJson.badRequest(read.errors(), texts);
        }
        List<FieldProblem> problems = read.share().problems(LocalDate.now(clock), log.forCase(caseKey.get()),
                settings.read().lawfulBases());
        if (!problems.isEmpty()) {
            return ErrorsJson.badRequest(problems.stream()
                    .map(problem -> FieldError.of(problem.field(), problem.messageKey())).toList(), texts);
        }
        AgencyShare.Recorded recorded = log.append(caseKey.get(), currentUser.key().orElseThrow(), clock.instant(),
                read.share());
        return Response.status(Response.Status.CREATED).entity(new EntryJson(recorded, false, names)).build();
    }

    /** The case's log. */
    public static final class LogJson {
        @JsonProperty("case")
        final String caseKey;
        @JsonProperty
        final List<EntryJson> entries;

        LogJson(String caseKey, List<EntryJson> entries) {
            this.caseKey = caseKey;
            this.entries = entries;
        }
    }

    /**
     * One entry, with the domain's ids, who recorded it (their name) and when (UTC), and whether it is corrected. A
     * decision not to share has no channel, basis, condition or consent; entries logged before the app asked for the
     * record of the decision have no purpose, decidedBy, personTold or urgent.
     */
    public static final class EntryJson {
        @JsonProperty
        final long id;
        @JsonProperty
        final String recordedBy;
        @JsonProperty
        final String recordedAt;
        @JsonProperty
        final String agency;
        @JsonProperty
        final String agencyName;
        @JsonProperty
        final String sharedOn;
        @JsonProperty
        final String channel;
        @JsonProperty
        final String whatShared;
        @JsonProperty
        final String basis;
        @JsonProperty
        final String condition;
        @JsonProperty
        final boolean withConsent;
        @JsonProperty
        final String withoutConsentBecause;
        @JsonProperty
        final String theirReference;
        @JsonProperty
        final Long corrects;
        @JsonProperty
        final boolean corrected;
        @JsonProperty
        final boolean shared;
        @JsonProperty
        final String purpose;
        @JsonProperty
        final String decidedBy;
        @JsonProperty
        final Boolean personTold;
        @JsonProperty
        final String notToldBecause;
        @JsonProperty
        final String notSharedBecause;
        @JsonProperty
        final String agreementReference;
        @JsonProperty
        final Boolean urgent;
        @JsonProperty
        final String criminalCondition;

        public EntryJson(AgencyShare.Recorded entry, boolean corrected, UserNames names) {
            AgencyShare share = entry.share();
            id = entry.id();
            recordedBy = names.displayName(entry.recordedBy());
            recordedAt = entry.recordedAt().toString();
            agency = share.agency().id();
            agencyName = share.agencyName();
            sharedOn = share.sharedOn().toString();
            channel = id(share.channel());
            whatShared = share.whatShared();
            basis = id(share.basis());
            condition = id(share.condition());
            withConsent = share.withConsent();
            withoutConsentBecause = share.withoutConsentBecause();
            theirReference = share.theirReference();
            corrects = share.corrects().orElse(null);
            this.corrected = corrected;
            shared = share.isShared();
            Optional<ShareDecision> decision = share.decision();
            purpose = decision.map(ShareDecision::purpose).orElse(null);
            decidedBy = decision.map(ShareDecision::decidedBy).orElse(null);
            personTold = decision.map(ShareDecision::personTold).orElse(null);
            notToldBecause = decision.map(ShareDecision::notToldBecause).orElse(null);
            notSharedBecause = decision.map(ShareDecision::notSharedBecause).orElse(null);
            agreementReference = decision.map(ShareDecision::agreementReference).orElse(null);
            urgent = decision.map(ShareDecision::urgent).orElse(null);
            criminalCondition = decision.flatMap(ShareDecision::criminalCondition).map(SharingCondition::id)
                    .orElse(null);
        }

        private static String id(Identified value) {
            return value == null ? null : value.id();
        }
    }
}
