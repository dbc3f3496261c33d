package org.safeguarding.jira.records;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.CaseRecords;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.sharing.AgencyLog;
import org.safeguarding.jira.sharing.AgencyLogResource;
import org.safeguarding.referral.AgencyShare;

/**
 * {@code /rest/safeguarding/1.0/issue/{issueKey}/subject-access}: everything recorded on one case, in words,
 * for its safeguarding leads (a subject-access request is theirs to answer). Someone who may see the case but does
 * not lead it gets 403 saying so; a case someone may not see gets the same 403 as one that does not exist. Every
 * export is recorded in the case's access log.
 */
@Named
@Path("/issue/{issueKey}/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SubjectAccessResource {
    private final CurrentUser currentUser;
    private final CaseRecords records;
    private final Cases cases;
    private final AccessRecorder access;
    private final AgencyLog agencyLog;
    private final UserNames names;
    private final OrganisationSettings settings;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public SubjectAccessResource(CurrentUser currentUser, CaseRecords records, Cases cases, AccessRecorder access,
                                 AgencyLog agencyLog, UserNames names, OrganisationSettings settings, Texts texts,
                                 Clock clock) {
        this.currentUser = currentUser;
        this.records = records;
        this.cases = cases;
        this.access = access;
        this.agencyLog = agencyLog;
        this.names = names;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    public Response export(@PathParam("issueKey") String issueKey) {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        Optional<CaseRecord> record = records.forLead(issueKey);
        if (record.isEmpty()) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, cases.isVisibleCase(issueKey)
                    ? "safeguarding.error.leads-only" : "safeguarding.error.case-not-visible", texts);
        }
        access.exported(record.get().key(), "safeguarding.access.detail.subject-access");
        List<AgencyShare.Recorded> shares = agencyLog.forCase(record.get().key());
        Set<Long> corrected = AgencyShare.corrected(shares);
        return Response.ok(new ExportJson(record.get(), shares.stream().map(entry -> new AgencyLogResource.EntryJson(
                entry, corrected.contains(entry.id()), names)).toList(), AssessedRisk.of(record.get(),
                settings.organisation(), LocalDate.now(clock), texts), clock.instant(), texts)).build();
    }

    /**
     * The case's record: its key, summary and description, when this was produced (UTC), each recorded value in words,
     * the risk level the app assessed from them and why, each comment, and each entry of its agency and sharing log.
     */
    public static final class ExportJson {
        @JsonProperty("case")
        final String caseKey;
        @JsonProperty
        final String summary;
        /** Left out when nobody wrote one, rather than given as empty. */
        @JsonProperty
        @JsonInclude(JsonInclude.Include.NON_NULL)
        final String description;
        @JsonProperty
        final String produced;
        @JsonProperty
        final List<FieldJson> fields;
        @JsonProperty
        final RiskJson risk;
        @JsonProperty
        final List<CommentJson> comments;
        @JsonProperty
        final List<AgencyLogResource.EntryJson> shares;

        ExportJson(CaseRecord record, List<AgencyLogResource.EntryJson> shares, AssessedRisk risk, Instant produced,
                   Texts texts) {
            caseKey = record.key();
            summary = record.summary();
            description = record.description();
            this.produced = produced.toString();
            fields = record.rows(texts).stream().map(FieldJson::new).toList();
            this.risk = new RiskJson(risk);
            comments = record.notes().stream().map(CommentJson::new).toList();
            this.shares = shares;
        }
    }

    /** One comment: who wrote it, when (the server's local time, to the second), and its text. */
    public static final class CommentJson {
        @JsonProperty
        final String author;
        @JsonProperty
        final String written;
        @JsonProperty
        final String text;

        CommentJson(CaseRecord.Note note) {
            author = note.author();
            written = note.written().toString();
            text = note.text();
        }
    }

    /** One recorded value: the part of the case it is on, the field's name, and the value in words. */
    public static final class FieldJson {
        @JsonProperty
        final String tab;
        @JsonProperty
        final String field;
        @JsonProperty
        final String value;

        FieldJson(CaseRecord.Row row) {
            tab = row.tab();
            field = row.field();
            value = row.value();
        }
    }

    /** The risk level the app assessed, and why, in words. */
    public static final class RiskJson {
        @JsonProperty
        final String level;
        @JsonProperty
        final List<String> reasons;

        RiskJson(AssessedRisk risk) {
            level = risk.level();
            reasons = risk.reasons();
        }
    }
}
