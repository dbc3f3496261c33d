package org.safeguarding.jira.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.fields.CaseIndex;
import org.safeguarding.jira.leads.LeadAccess;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.AdminAccess;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.AppSettingsRules;
import org.safeguarding.screening.Nation;

/**
 * {@code /rest/safeguarding/1.0/settings}: what the organisation has told the app (nations, First Responder, Duty
 * to Notify), who its safeguarding leads are, and its retention period. Jira admins only; changing them needs
 * WebSudo and JSON, and nothing is saved while any field is wrong, including a group or role Jira does not have.
 */
@Named
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SettingsResource {
    private final CurrentUser currentUser;
    private final SettingsStore store;
    private final LeadNames leadNames;
    private final LeadAccess leadAccess;
    private final CaseIndex caseIndex;
    private final Texts texts;

    @Inject
    public SettingsResource(CurrentUser currentUser, SettingsStore store, LeadNames leadNames, LeadAccess leadAccess,
                            CaseIndex caseIndex, Texts texts) {
        this.currentUser = currentUser;
        this.store = store;
        this.leadNames = leadNames;
        this.leadAccess = leadAccess;
        this.caseIndex = caseIndex;
        this.texts = texts;
    }

    @GET
    @AdminOnly
    public Response settings() {
        return AdminAccess.asAdmin(currentUser, texts, () -> Response.ok(new SettingsJson(store.read())).build());
    }

    /**
     * {@code GET /settings/leads?group=…}: whom naming a group as the safeguarding leads would make leads, before the
     * settings are saved: whether Jira has the group, how many are in it, and the first names, sorted.
     */
    @GET
    @Path("leads")
    @AdminOnly
    public Response leads(@QueryParam("group") String group) {
        return AdminAccess.asAdmin(currentUser, texts, () -> {
            if (group == null || group.isBlank()) {
                return ErrorsJson.badRequest(List.of(FieldError.of("group", "safeguarding.error.leads-group-missing")),
                        texts);
            }
            boolean known = leadNames.groupExists(group);
            List<String> members = known ? leadNames.groupMembers(group) : List.of();
            return Response.ok(new LeadsJson(group, known, members)).build();
        });
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response change(String body) {
        return AdminAccess.asAdmin(currentUser, texts, () -> {
            SettingsJsonReader.Result read = SettingsJsonReader.read(body);
            if (read.settings() == null) {
                return ErrorsJson.badRequest(read.errors(), texts);
            }
            List<FieldError> problems = problems(read.settings());
            if (!problems.isEmpty()) {
                return ErrorsJson.badRequest(problems, texts);
            }
            AppSettings before = store.read();
            store.save(read.settings());
            leadAccess.leadsNamed(read.settings());
            if (!before.organisation().equals(read.settings().organisation())) {
                // Every case's calculated risk follows the organisation's settings: JQL must see the new one too.
                caseIndex.reindexAllLater();
            }
            return Response.ok(new SettingsJson(store.read())).build();
        });
    }

    private List<FieldError> problems(AppSettings settings) {
        List<FieldError> problems = new ArrayList<>(AppSettingsRules.check(settings).stream()
                .map(problem -> FieldError.of(problem.field(), problem.messageKey())).toList());
        if (settings.leadGroup() != null && !leadNames.groupExists(settings.leadGroup())) {
            problems.add(FieldError.of("leadGroup", "safeguarding.settings.error.no-such-group", settings.leadGroup()));
        }
        if (settings.staffGroup() != null && !leadNames.groupExists(settings.staffGroup())) {
            problems.add(FieldError.of("staffGroup", "safeguarding.settings.error.no-such-group",
                    settings.staffGroup()));
        }
        if (settings.leadProjectRole() != null && !leadNames.projectRoleExists(settings.leadProjectRole())) {
            problems.add(FieldError.of("leadProjectRole", "safeguarding.settings.error.no-such-role",
                    settings.leadProjectRole()));
        }
        return problems;
    }

    /** The settings as stored; nations by their ids, in a fixed order. */
    public static final class SettingsJson {
        @JsonProperty
        final List<String> nations;
        @JsonProperty
        final boolean firstResponder;
        @JsonProperty
        final boolean dutyToNotify;
        @JsonProperty
        final String leadGroup;
        @JsonProperty
        final String leadProjectRole;
        @JsonProperty
        final Integer retentionYears;
        @JsonProperty
        final boolean assignToLeadOnDuty;
        @JsonProperty
        final String organisationType;
        @JsonProperty
        final String policyDocument;
        @JsonProperty
        final String organisationName;
        @JsonProperty
        final String callBackNumber;
        @JsonProperty
        final String staffGroup;
        @JsonProperty
        final Integer trainingRefresherMonths;
        @JsonProperty
        final Integer staffRecordsMonths;

        SettingsJson(AppSettings settings) {
            nations = settings.nations().stream().sorted().map(Nation::id).toList();
            firstResponder = settings.firstResponder();
            dutyToNotify = settings.dutyToNotify();
            leadGroup = settings.leadGroup();
            leadProjectRole = settings.leadProjectRole();
            retentionYears = settings.retentionYears();
            assignToLeadOnDuty = settings.assignToLeadOnDuty();
            organisationType = settings.organisationType() == null ? null : settings.organisationType().id();
            policyDocument = settings.policyDocument();
            organisationName = settings.organisationName();
            callBackNumber = settings.callBackNumber();
            staffGroup = settings.staffGroup();
            trainingRefresherMonths = settings.trainingRefresherMonths();
            staffRecordsMonths = settings.staffRecordsMonths();
        }
    }

    /** Whom a group would make leads: at most the first {@value #SHOWN_MEMBERS} names, and how many there are. */
    public static final class LeadsJson {
        static final int SHOWN_MEMBERS = 50;

        @JsonProperty
        final String group;
        @JsonProperty
        final boolean known;
        @JsonProperty
        final int count;
        @JsonProperty
        final List<String> members;

        LeadsJson(String group, boolean known, List<String> members) {
            this.group = group;
            this.known = known;
            count = members.size();
            this.members = members.stream().limit(SHOWN_MEMBERS).toList();
        }
    }
}
