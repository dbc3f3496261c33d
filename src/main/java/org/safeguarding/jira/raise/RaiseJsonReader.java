package org.safeguarding.jira.raise;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safeguarding.jira.cases.ScreeningJson;
import org.safeguarding.jira.cases.ScreeningJsonReader;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Screening;

/**
 * Reads a concern a worker raises: the project, a short summary (Jira's own, shown in lists, so it should say nothing
 * about the person), what the person said, the screening answers so far, and which of the signs noticed they told
 * the worker about and which the worker was not sure about. Every error is named by its field; the screening's by
 * {@code screening.} and its own name.
 */
final class RaiseJsonReader extends JsonFields {
    /** Jira's summary is one line of at most 255 characters. */
    static final int MAX_SUMMARY = 255;

    /**
     * The concern to raise, or the errors in the request; never both.
     *
     * @param told    the signs the person told the worker about, among the screening's signs noticed
     * @param notSure the signs the worker was not sure about, which are not counted as noticed
     */
    record Result(String project, String summary, String notes, Screening screening, Set<Indicator> told,
                  Set<Indicator> notSure, List<FieldError> errors) {
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
        Screening read = screening == null ? Screening.builder().build() : screening;
        reader.notYet(read);
        Set<Indicator> told = reader.values("signsTold", json.signsTold, Indicator.class);
        Set<Indicator> notSure = reader.values("signsNotSure", json.signsNotSure, Indicator.class);
        reader.signs(read.indicatorsSeen(), told, notSure);
        return reader.errors.isEmpty() ? new Result(json.project.strip(), summary, notes, read, told, notSure,
                List.of()) : refused(List.copyOf(reader.errors));
    }

    /** A sign told about is one noticed; a sign the worker is not sure about is not counted as noticed. */
    private void signs(Set<Indicator> noticed, Set<Indicator> told, Set<Indicator> notSure) {
        if (!noticed.containsAll(told)) {
            errors.add(FieldError.of("signsTold", "safeguarding.error.raise-told-not-noticed"));
        }
        if (notSure.stream().anyMatch(noticed::contains)) {
            errors.add(FieldError.of("signsNotSure", "safeguarding.error.raise-not-sure-noticed"));
        }
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
        return new Result(null, null, null, null, Set.of(), Set.of(), errors);
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
        @JsonProperty
        List<String> signsTold;
        @JsonProperty
        List<String> signsNotSure;
    }
}
