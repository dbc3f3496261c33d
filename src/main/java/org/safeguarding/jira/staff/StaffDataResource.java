package org.safeguarding.jira.staff;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.plan.PlanReads;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;

/**
 * {@code GET /rest/safeguarding/1.0/staff/{userKey}/subject-access}: everything the app keeps about one member of
 * staff, for their own subject-access request: each version of the plan they were asked to read, when, and when they
 * said they had; each course recorded for them, by whom and when. For that member of staff themself, and for Jira
 * administrators answering a request; anyone else gets 403, whether or not anything is kept.
 */
@Named
@Path("/staff/{userKey}/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class StaffDataResource {
    private final CurrentUser currentUser;
    private final PlanReads planReads;
    private final TrainingRecords training;
    private final Texts texts;

    @Inject
    public StaffDataResource(CurrentUser currentUser, PlanReads planReads, TrainingRecords training, Texts texts) {
        this.currentUser = currentUser;
        this.planReads = planReads;
        this.training = training;
        this.texts = texts;
    }

    @GET
    public Response export(@PathParam("userKey") String userKey) {
        Optional<String> asking = currentUser.key();
        if (asking.isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        if (!asking.get().equals(userKey) && !currentUser.isAdmin()) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.staff-data-own-only", texts);
        }
        return Response.ok(new StaffDataJson(userKey, planReads.of(userKey), training.of(userKey))).build();
    }

    /** What is kept about one member of staff. */
    public static final class StaffDataJson {
        @JsonProperty
        final String user;
        @JsonProperty
        final List<PlanReadJson> plan;
        @JsonProperty
        final List<TrainingJson> training;

        StaffDataJson(String user, List<PlanReads.Entry> plan, List<TrainingRecords.Entry> training) {
            this.user = user;
            this.plan = plan.stream().map(PlanReadJson::new).toList();
            this.training = training.stream().map(TrainingJson::new).toList();
        }
    }

    /** One version of the plan: when they were asked to read it, and when they said they had (null if not). */
    public static final class PlanReadJson {
        @JsonProperty
        final String version;
        @JsonProperty
        final String askedAt;
        @JsonProperty
        final String readAt;

        PlanReadJson(PlanReads.Entry entry) {
            version = entry.version();
            askedAt = entry.askedAt().toString();
            readAt = entry.readAt().map(Object::toString).orElse(null);
        }
    }

    /** One course: which, the day, and who recorded it when. */
    public static final class TrainingJson {
        @JsonProperty
        final String course;
        @JsonProperty
        final String completedOn;
        @JsonProperty
        final String recordedBy;
        @JsonProperty
        final String recordedAt;

        TrainingJson(TrainingRecords.Entry entry) {
            course = entry.trained().course().id();
            completedOn = entry.trained().on().toString();
            recordedBy = entry.recordedBy();
            recordedAt = entry.recordedAt().toString();
        }
    }
}
