package org.safeguarding.jira.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Screening;

/**
 * A screening as the case's fields record it, the reverse of {@link ScreeningAssembler}: what raising a concern
 * writes. Choices are their stable value ids; what the person told the worker goes in the screening notes.
 */
public final class ScreeningValues implements CaseValues {
    private final Map<String, String> options = new HashMap<>();
    private final Map<String, List<String>> multiple = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Optional<LocalDate> dateOfBirth;
    private final Optional<LocalDateTime> lastSeenWhen;

    public ScreeningValues(Screening screening, String notes) {
        screening.immediateDanger().ifPresent(answer -> one(CaseFields.IMMEDIATE_DANGER, answer));
        screening.dangerChecked().ifPresent(answer -> one(CaseFields.DANGER_CHECK, answer));
        many(CaseFields.EXPLOITATION_TYPES, screening.exploitationTypes());
        many(CaseFields.INDICATORS_SEEN, screening.indicatorsSeen());
        screening.answers().forEach((question, answer) -> one(CaseFields.questionKey(question), answer));
        text(CaseFields.SITUATION_NOW, screening.situationNow().orElse(null));
        text(CaseFields.WHY_NOW, screening.whyNow().orElse(null));
        text(CaseFields.SCREENING_NOTES, notes);
        screening.ageGroup().ifPresent(age -> one(CaseFields.AGE_GROUP, age));
        screening.gender().ifPresent(gender -> one(CaseFields.GENDER, gender));
        screening.under18DuringExploitation().ifPresent(answer -> one(CaseFields.UNDER_18_DURING_EXPLOITATION, answer));
        text(CaseFields.PERSON_REFERENCE, screening.personReference().orElse(null));
        text(CaseFields.LANGUAGE, screening.language().orElse(null));
        screening.interpreterNeeded().ifPresent(answer -> one(CaseFields.INTERPRETER_NEEDED, answer));
        many(CaseFields.BARRIERS, screening.barriers());
        screening.nation().ifPresent(nation -> one(CaseFields.NATION, nation));
        screening.consent().ifPresent(consent -> one(CaseFields.CONSENT, consent));
        many(CaseFields.SAFE_TO_CONTACT, screening.safeToContact());
        many(CaseFields.SUPPORT_NEEDS, screening.supportNeeds());
        PoliceDescription police = screening.policeDescription();
        text(CaseFields.HEIGHT, police.height());
        text(CaseFields.BUILD, police.build());
        text(CaseFields.NATIONALITY, police.nationality());
        text(CaseFields.DISTINGUISHING_FEATURES, police.distinguishingFeatures());
        text(CaseFields.LANGUAGES_SPOKEN, police.languagesSpoken());
        text(CaseFields.LAST_SEEN_WHERE, police.lastSeenWhere());
        text(CaseFields.LAST_SEEN_WEARING, police.lastSeenWearing());
        dateOfBirth = screening.dateOfBirth();
        lastSeenWhen = Optional.ofNullable(police.lastSeenWhen());
    }

    private void one(String fieldKey, Identified value) {
        options.put(fieldKey, value.id());
    }

    private void many(String fieldKey, Collection<? extends Identified> values) {
        if (!values.isEmpty()) {
            multiple.put(fieldKey, values.stream().map(Identified::id).sorted().toList());
        }
    }

    private void text(String fieldKey, String value) {
        if (value != null && !value.isBlank()) {
            texts.put(fieldKey, value);
        }
    }

    @Override
    public Optional<String> option(String fieldKey) {
        return Optional.ofNullable(options.get(fieldKey));
    }

    @Override
    public List<String> options(String fieldKey) {
        return multiple.getOrDefault(fieldKey, List.of());
    }

    @Override
    public Optional<String> text(String fieldKey) {
        return Optional.ofNullable(texts.get(fieldKey));
    }

    @Override
    public Optional<LocalDate> date(String fieldKey) {
        return CaseFields.DATE_OF_BIRTH.equals(fieldKey) ? dateOfBirth : Optional.empty();
    }

    @Override
    public Optional<LocalDateTime> dateTime(String fieldKey) {
        return CaseFields.LAST_SEEN_WHEN.equals(fieldKey) ? lastSeenWhen : Optional.empty();
    }
}
