package org.safeguarding.jira.staff;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.rest.ErrorsJson;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.StaffTraining;

/**
 * {@code POST /rest/safeguarding/1.0/training}: records a safeguarding course a member of the group of staff who raise
 * concerns completed, and answers 201 with it. For the leads and the admins, who see staff data; it only adds, as an entry in a case's sharing
 * log does, so it asks for no password again. Nothing recorded is ever changed.
 */
@Named
@Path("/training")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TrainingResource {
    private final CurrentUser currentUser;
    private final FiguresReaders staffDataReaders;
    private final SettingsStore settings;
    private final LeadNames groups;
    private final TrainingRecords records;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public TrainingResource(CurrentUser currentUser, FiguresReaders staffDataReaders, SettingsStore settings,
                            LeadNames groups, TrainingRecords records, Texts texts, Clock clock) {
        this.currentUser = currentUser;
        this.staffDataReaders = staffDataReaders;
        this.settings = settings;
        this.groups = groups;
        this.records = records;
        this.texts = texts;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(String body) {
        Optional<String> lead = currentUser.key();
        if (lead.isEmpty()) {
            return ErrorsJson.status(Response.Status.UNAUTHORIZED, "safeguarding.error.log-in", texts);
        }
        if (!staffDataReaders.mayRead(new UserKey(lead.get()))) {
            return ErrorsJson.status(Response.Status.FORBIDDEN, "safeguarding.error.training.leads-only", texts);
        }
        TrainingJsonReader.Result read = TrainingJsonReader.read(body, LocalDate.now(clock));
        if (read.trained() == null) {
            return ErrorsJson.badRequest(read.errors(), texts);
        }
        String staffGroup = settings.read().staffGroup();
        if (staffGroup == null || groups.people(staffGroup).stream()
                .noneMatch(person -> person.key().equals(read.userKey()))) {
            return ErrorsJson.badRequest(List.of(FieldError.of(TrainingJsonReader.USER,
                    "safeguarding.error.training.not-staff")), texts);
        }
        records.record(read.userKey(), read.trained(), lead.get(), clock.instant());
        return Response.status(Response.Status.CREATED).entity(new RecordedJson(read.userKey(), read.trained()))
                .build();
    }

    /** The course as recorded. */
    public static final class RecordedJson {
        @JsonProperty
        final String user;
        @JsonProperty
        final String course;
        @JsonProperty
        final String completedOn;

        RecordedJson(String user, StaffTraining.Trained trained) {
            this.user = user;
            course = trained.course().id();
            completedOn = trained.on().toString();
        }
    }
}
