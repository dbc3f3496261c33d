package org.safeguarding.jira.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Barrier;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ContactChannel;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.PersonReference;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

/**
 * Turns a JSON request body into a {@link Screening}, or into every error it has: each bad field is named once, so
 * a worker can correct them all at once. Absent fields mean "not recorded"; they are never an error.
 */
public final class ScreeningJsonReader extends JsonFields {
    static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_NOTES = 5000;

    private final LocalDate today;

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
        Parsed<ScreeningJson> parsed = parse(body, ScreeningJson.class);
        return parsed.json() == null ? new Result(null, parsed.errors()) : read(parsed.json(), today);
    }

    /** A screening inside a larger request, already parsed; the errors name its fields from the screening. */
    public static Result read(ScreeningJson json, LocalDate today) {
        return new ScreeningJsonReader(today).readAll(json);
    }

    /** The organisation's number for the person; a name, or anything but a number, is refused in words. */
    private String personReference(String typed) {
        if (!InputRules.hasVisibleText(typed)) {
            return null;
        }
        Optional<PersonReference.Problem> problem = PersonReference.problem(typed);
        problem.ifPresent(wrong -> errors.add(wrong == PersonReference.Problem.TOO_LONG
                ? FieldError.of("personReference", "safeguarding.error.too-long", PersonReference.MAX_LENGTH)
                : FieldError.of("personReference", "safeguarding.error.person-reference."
                        + wrong.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        return problem.isPresent() ? null : typed;
    }

    private Result readAll(ScreeningJson json) {
        unknown("", json);
        Screening.Builder screening = Screening.builder()
                .immediateDanger(value("immediateDanger", json.immediateDanger, Answer.class))
                .ageGroup(value("ageGroup", json.ageGroup, AgeGroup.class))
                .dateOfBirth(dateOfBirth(json.dateOfBirth))
                .under18DuringExploitation(value("under18DuringExploitation", json.under18DuringExploitation,
                        Answer.class))
                .gender(value("gender", json.gender, Gender.class))
                .nation(value("nation", json.nation, Nation.class))
                .consent(value("consent", json.consent, Consent.class))
                .bestInterests(text("bestInterests", json.bestInterests, MAX_NOTES))
                .situationNow(text("situationNow", json.situationNow, MAX_NOTES))
                .whyNow(text("whyNow", json.whyNow, MAX_NOTES))
                .personReference(personReference(json.personReference))
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
            errors.add(FieldError.of(field + "." + questionId, "safeguarding.error.unknown-question",
                    shown(questionId)));
        }
        return question;
    }

    private PoliceDescription policeDescription(PoliceDescriptionJson json) {
        if (json == null) {
            return PoliceDescription.NONE;
        }
        String prefix = "policeDescription.";
        unknown(prefix, json);
        return new PoliceDescription(text(prefix + "height", json.height, MAX_SHORT_TEXT),
                text(prefix + "build", json.build, MAX_SHORT_TEXT),
                text(prefix + "nationality", json.nationality, MAX_SHORT_TEXT),
                text(prefix + "distinguishingFeatures", json.distinguishingFeatures, MAX_NOTES),
                text(prefix + "languagesSpoken", json.languagesSpoken, MAX_SHORT_TEXT),
                text(prefix + "lastSeenWhere", json.lastSeenWhere, MAX_NOTES),
                lastSeenWhen(prefix + "lastSeenWhen", json.lastSeenWhen),
                text(prefix + "lastSeenWearing", json.lastSeenWearing, MAX_NOTES));
    }

    private LocalDate dateOfBirth(String value) {
        LocalDate date = date("dateOfBirth", value);
        if (date != null) {
            checkPast("dateOfBirth", date, value);
        }
        return date;
    }

    private LocalDateTime lastSeenWhen(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDateTime when = LocalDateTime.parse(value);
            checkPast(field, when.toLocalDate(), value);
            return when;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "safeguarding.error.not-a-date-time", shown(value)));
            return null;
        }
    }

    /** A birth or a sighting has happened, and since 1900 ({@link InputRules#isPastDay}). */
    private void checkPast(String field, LocalDate day, String value) {
        if (!InputRules.isPastDay(day, today)) {
            errors.add(FieldError.of(field, day.isAfter(today) ? "safeguarding.error.date-in-future"
                    : "safeguarding.error.date-too-early", value));
        }
    }
}
