package org.safeguarding.jira.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Screening;

/**
 * Reads a concern a worker raises: the project, a short summary (Jira's own, shown in lists, so it should say nothing
 * about the person), what the person said, and the screening answers so far. Every error is named by its field; the
 * screening's by {@code screening.} and its own name.
 */
final class RaiseJsonReader extends JsonFields {
    /** Jira's summary is one line of at most 255 characters. */
    static final int MAX_SUMMARY = 255;

    /** The concern to raise, or the errors in the request; never both. */
    record Result(String project, String summary, String notes, Screening screening, List<FieldError> errors) {
    }

    private RaiseJsonReader() {
    }

    static Result read(String body, LocalDate today) {
        Parsed<RaiseJson> parsed = parse(body, RaiseJson.class);
        if (parsed.json() == null) {
            return refused(parsed.errors());
        }
        RaiseJson json = parsed.json();
        RaiseJsonReader reader = new RaiseJsonReader();
        reader.unknown("", json);
        if (!InputRules.hasVisibleText(json.project)) {
            reader.errors.add(FieldError.of("project", "safeguarding.error.raise-project-missing"));
        }
        String summary = reader.text("summary", json.summary, MAX_SUMMARY);
        if (summary != null && summary.contains("\n")) {
            reader.errors.add(FieldError.of("summary", "safeguarding.error.raise-summary-one-line"));
        }
        String notes = reader.text("notes", json.notes, ScreeningJsonReader.MAX_NOTES);
        Screening screening = null;
        if (json.screening != null) {
            ScreeningJsonReader.Result read = ScreeningJsonReader.read(json.screening, today);
            read.errors().forEach(error -> reader.errors.add(new FieldError(error.field() == null ? "screening"
                    : "screening." + error.field(), error.messageKey(), error.arguments())));
            screening = read.screening();
        }
        if (screening != null) {
            reader.notYet(screening);
        }
        return reader.errors.isEmpty() ? new Result(json.project.strip(), summary, notes,
                screening == null ? Screening.builder().build() : screening, List.of())
                : refused(List.copyOf(reader.errors));
    }

    /** What a raised concern cannot hold yet: Jira reads dates in each user's own format; notes go in one place. */
    private void notYet(Screening screening) {
        if (screening.dateOfBirth().isPresent()) {
            errors.add(FieldError.of("screening.dateOfBirth", "safeguarding.error.raise-date-later"));
        }
        if (screening.policeDescription().lastSeenWhen() != null) {
            errors.add(FieldError.of("screening.policeDescription.lastSeenWhen",
                    "safeguarding.error.raise-date-later"));
        }
        if (!screening.notes().isEmpty()) {
            errors.add(FieldError.of("screening.notes", "safeguarding.error.raise-notes-once"));
        }
    }

    private static Result refused(List<FieldError> errors) {
        return new Result(null, null, null, null, errors);
    }

    /** The request as clients send it. */
    static final class RaiseJson extends StrictJson {
        @JsonProperty
        String project;
        @JsonProperty
        String summary;
        @JsonProperty
        String notes;
        @JsonProperty
        ScreeningJson screening;
    }
}
