package org.safeguarding.jira.plan;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.rest.AdminAccess;
import org.safeguarding.jira.platform.rest.EmptyJsonReader;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.SafeguardingPlan;

/**
 * {@code /rest/safeguarding/1.0/plan}: the organisation's safeguarding plan. Everyone logged in may read it (the
 * template until an admin saves one); only Jira admins, after WebSudo, may change it, in JSON, every part required.
 * {@code POST /plan/read} with {@code {}} records that the user has read the current version.
 */
@Named
@Path("/plan")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PlanResource {
    private final CurrentUser currentUser;
    private final PlanStore store;
    private final Texts texts;
    private final Clock clock;
    private final PlanReads reads;

    @Inject
    public PlanResource(CurrentUser currentUser, PlanStore store, PlanReads reads, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.store = store;
        this.reads = reads;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    public Response plan() {
        if (currentUser.key().isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        return Response.ok(new PlanJson(OurPlan.of(store, texts))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @WebSudoRequired
    public Response change(String body) {
        return AdminAccess.asAdmin(currentUser, texts, () -> {
            PlanJsonReader.Result read = PlanJsonReader.read(body);
            List<FieldError> problems = read.plan() == null ? read.errors() : read.plan().check().stream()
                    .map(problem -> FieldError.of(problem.field(), problem.messageKey())).toList();
            if (!problems.isEmpty()) {
                return ErrorsJson.badRequest(problems, texts);
            }
            store.save(new PlanStore.Saved(read.plan(), LocalDate.now(clock)));
            return Response.ok(new PlanJson(OurPlan.of(store, texts))).build();
        });
    }

    /**
     * Saying "I have read it" records who and when, for this version only. It needs no password again: it changes
     * nothing but the user's own record, as recording a printed handout does. The template is no one's plan yet, so
     * there is nothing to have read: 409.
     */
    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response read(String body) {
        Optional<String> user = currentUser.key();
        Optional<Response> refused = refusedOwnRecord(user, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PlanStore.Saved> saved = store.read();
        if (saved.isEmpty()) {
            return ErrorsJson.status(Response.Status.CONFLICT, "safeguarding.error.plan-not-written", texts);
        }
        reads.read(user.get(), saved.get().version(), clock.instant());
        return Response.noContent().build();
    }

    /**
     * Whether to ask the user now, once per version, to read the plan (the panel beside a case asks after its view);
     * the first answer yes is recorded, so no page asks again. Nothing but the user's own record changes.
     */
    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(String body) {
        Optional<String> user = currentUser.key();
        Optional<Response> refused = refusedOwnRecord(user, body);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PlanStore.Saved> saved = store.read();
        boolean ask = reads.askNow(user.get(), saved, clock.instant());
        return Response.ok(new AskJson(ask, ask ? UkDates.day(saved.orElseThrow().on()) : null)).build();
    }

    /** Why a request about the user's own reading is refused: nobody logged in, or a body other than {@code {}}. */
    private Optional<Response> refusedOwnRecord(Optional<String> user, String body) {
        if (user.isEmpty()) {
            return Optional.of(ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts));
        }
        List<FieldError> problems = EmptyJsonReader.check(body);
        return problems.isEmpty() ? Optional.empty() : Optional.of(ErrorsJson.badRequest(problems, texts));
    }

    /** Whether to ask, and the day the plan changed when so. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class AskJson {
        @JsonProperty
        final boolean ask;
        @JsonProperty
        final String changedOn;

        AskJson(boolean ask, String changedOn) {
            this.ask = ask;
            this.changedOn = changedOn;
        }
    }

    /** The plan's parts, whether it is still the template, and the day it last changed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlanJson {
        @JsonProperty
        final String vulnerable;
        @JsonProperty
        final String trafficked;
        @JsonProperty
        final String specialists;
        @JsonProperty
        final String whereItLives;
        @JsonProperty
        final boolean template;
        @JsonProperty
        final String changedOn;

        PlanJson(OurPlan ours) {
            SafeguardingPlan plan = ours.plan();
            vulnerable = plan.vulnerable();
            trafficked = plan.trafficked();
            specialists = plan.specialists();
            whereItLives = plan.whereItLives();
            template = ours.template();
            changedOn = ours.changedOn() == null ? null : ours.changedOn().toString();
        }
    }
}
