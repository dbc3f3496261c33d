package org.safeguarding.jira.staff;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.referral.StaffTraining;
import org.safeguarding.referral.TrainingCourse;

/**
 * Reads a course a member of staff completed: {@code {"user": "JIRAUSER10100", "course": "stop-the-traffik",
 * "completedOn": "2026-12-01"}}. The day is today or earlier, and not before 1990.
 */
final class TrainingJsonReader extends JsonFields {
    static final String USER = "user";
    static final String COURSE = "course";
    static final String COMPLETED_ON = "completedOn";
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    /** Whom and what, or the errors in the request; never both. */
    record Result(String userKey, StaffTraining.Trained trained, List<FieldError> errors) {
    }

    private TrainingJsonReader() {
    }

    static Result read(String body, LocalDate today) {
        Parsed<TrainingJson> parsed = parse(body, TrainingJson.class);
        if (parsed.json() == null) {
            return new Result(null, null, parsed.errors());
        }
        TrainingJsonReader reader = new TrainingJsonReader();
        TrainingJson json = parsed.json();
        reader.unknown("", json);
        if (json.user == null || json.user.isBlank()) {
            reader.errors.add(FieldError.of(USER, "safeguarding.error.training.user-missing"));
        }
        TrainingCourse course = reader.value(COURSE, json.course, TrainingCourse.class);
        if (json.course == null) {
            reader.errors.add(FieldError.of(COURSE, "safeguarding.error.training.course-missing"));
        }
        LocalDate on = reader.date(COMPLETED_ON, json.completedOn);
        if (json.completedOn == null) {
            reader.errors.add(FieldError.of(COMPLETED_ON, "safeguarding.error.training.day-missing"));
        } else if (on != null && (on.isAfter(today) || on.isBefore(EARLIEST))) {
            reader.errors.add(FieldError.of(COMPLETED_ON, on.isAfter(today) ? "safeguarding.error.date-in-future"
                    : "safeguarding.error.training.day-too-early", json.completedOn));
        }
        return reader.errors.isEmpty() ? new Result(json.user, new StaffTraining.Trained(course, on), List.of())
                : new Result(null, null, List.copyOf(reader.errors));
    }

    /** The request as clients send it. */
    static final class TrainingJson extends StrictJson {
        @JsonProperty
        String user;
        @JsonProperty
        String course;
        @JsonProperty
        String completedOn;
    }
}
