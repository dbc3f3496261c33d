package org.safeguarding.jira.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ContactChannel;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

/**
 * Turns a JSON request body into a {@link Screening}, or into every error it has: each bad field is named once, so
 * a worker can correct them all at once. Absent fields mean "not recorded"; they are never an error. The body is
 * parsed here rather than by the REST framework so that JSON that does not parse, or has a value of the wrong kind,
 * gets the same field-naming answer in Jira as everywhere else.
 */
public final class ScreeningJsonReader {
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_NOTES = 5000;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    private ScreeningJsonReader(LocalDate today) {
        this.today = today;
    }

    /** The screening the JSON describes, or the errors in it; never both. */
    public record Result(Screening screening, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public static Result read(String body, LocalDate today) {
        if (body == null || body.isBlank()) {
            return invalid(FieldError.of(null, "safeguarding.error.no-body"));
        }
        try {
            ScreeningJson json = JSON.readValue(body, ScreeningJson.class);
            return json == null ? invalid(FieldError.of(null, "safeguarding.error.no-body"))
                    : new ScreeningJsonReader(today).readAll(json);
        } catch (JsonMappingException e) {
            return e.getPath().isEmpty() ? invalid(FieldError.of(null, "safeguarding.error.no-body"))
                    : invalid(FieldError.of(path(e), "safeguarding.error.wrong-kind"));
        } catch (JsonProcessingException e) {
            return notJson(e);
        }
    }

    private static Result invalid(FieldError error) {
        return new Result(null, List.of(error));
    }

    private static Result notJson(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return invalid(FieldError.of(null, "safeguarding.error.not-json", where == null ? 0 : where.getLineNr(),
                where == null ? 0 : where.getColumnNr()));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
    }

    private Result readAll(ScreeningJson json) {
        json.unknownFields.forEach(field -> errors.add(FieldError.of(field, "safeguarding.error.unknown-field")));
        Screening.Builder screening = Screening.builder()
                .immediateDanger(value("immediateDanger", json.immediateDanger, Answer.class))
                .ageGroup(value("ageGroup", json.ageGroup, AgeGroup.class))
                .dateOfBirth(dateOfBirth(json.dateOfBirth))
                .nation(value("nation", json.nation, Nation.class))
                .consent(value("consent", json.consent, Consent.class))
                .language(text("language", json.language, MAX_SHORT_TEXT))
                .interpreterNeeded(value("interpreterNeeded", json.interpreterNeeded, Answer.class))
                .safeToContact(values("safeToContact", json.safeToContact, ContactChannel.class))
                .supportNeeds(values("supportNeeds", json.supportNeeds, SupportNeed.class))
                .barriers(values("barriers", json.barriers, Barrier.class))
                .exploitationTypes(values("exploitationTypes", json.exploitationTypes, ExploitationType.class))
                .indicatorsSeen(values("indicatorsSeen", json.indicatorsSeen, Indicator.class))
                .policeDescription(policeDescription(json.policeDescription));
        readAnswers(json.answers, screening);
        readNotes(json.notes, screening);
        return errors.isEmpty() ? new Result(screening.build(), List.of()) : new Result(null, List.copyOf(errors));
    }

    private void readAnswers(Map<String, String> answers, Screening.Builder screening) {
        if (answers == null) {
            return;
        }
        answers.forEach((questionId, answerId) -> question("answers", questionId).ifPresent(question -> {
            Answer answer = value("answers." + questionId, answerId, Answer.class);
            if (answer != null) {
                screening.answer(question, answer);
            }
        }));
    }

    private void readNotes(Map<String, String> notes, Screening.Builder screening) {
        if (notes == null) {
            return;
        }
        notes.forEach((questionId, text) -> question("notes", questionId).ifPresent(question ->
                screening.notes(question, text("notes." + questionId, text, MAX_NOTES))));
    }

    private Optional<Question> question(String field, String questionId) {
        Optional<Question> question = Identified.byId(Question.class, questionId);
        if (question.isEmpty()) {
            errors.add(FieldError.of(field + "." + questionId, "safeguarding.error.unknown-question", questionId));
        }
        return question;
    }

    private PoliceDescription policeDescription(PoliceDescriptionJson json) {
        if (json == null) {
            return PoliceDescription.NONE;
        }
        String prefix = "policeDescription.";
        json.unknownFields.forEach(field ->
                errors.add(FieldError.of(prefix + field, "safeguarding.error.unknown-field")));
        return new PoliceDescription(text(prefix + "height", json.height, MAX_SHORT_TEXT),
                text(prefix + "build", json.build, MAX_SHORT_TEXT),
                text(prefix + "nationality", json.nationality, MAX_SHORT_TEXT),
                text(prefix + "distinguishingFeatures", json.distinguishingFeatures, MAX_NOTES),
                text(prefix + "languagesSpoken", json.languagesSpoken, MAX_SHORT_TEXT),
                text(prefix + "lastSeenWhere", json.lastSeenWhere, MAX_NOTES),
                lastSeenWhen(prefix + "lastSeenWhen", json.lastSeenWhen),
                text(prefix + "lastSeenWearing", json.lastSeenWearing, MAX_NOTES));
    }

    private <E extends Enum<E> & Identified> E value(String field, String id, Class<E> type) {
        if (id == null) {
            return null;
        }
        Optional<E> value = Identified.byId(type, id);
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "safeguarding.error.not-one-of", id, Identified.ids(type)));
        }
        return value.orElse(null);
    }

    private <E extends Enum<E> & Identified> Set<E> values(String field, List<String> ids, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                E value = value(field + "[" + i + "]", ids.get(i), type);
                if (value != null) {
                    values.add(value);
                } else if (ids.get(i) == null) {
                    errors.add(FieldError.of(field + "[" + i + "]", "safeguarding.error.empty-item"));
                }
            }
        }
        return values;
    }

    private String text(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(FieldError.of(field, "safeguarding.error.too-long", maxLength));
            return null;
        }
        return value;
    }

    private LocalDate dateOfBirth(String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                errors.add(FieldError.of("dateOfBirth", "safeguarding.error.date-in-future", value));
            } else if (date.isBefore(EARLIEST_BIRTH)) {
                errors.add(FieldError.of("dateOfBirth", "safeguarding.error.date-too-early", value));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("dateOfBirth", "safeguarding.error.not-a-date", value));
            return null;
        }
    }

    private LocalDateTime lastSeenWhen(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime when = LocalDateTime.parse(value);
            if (when.toLocalDate().isAfter(today)) {
                errors.add(FieldError.of(field, "safeguarding.error.date-in-future", value));
            }
            return when;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "safeguarding.error.not-a-date-time", value));
            return null;
        }
    }
}
