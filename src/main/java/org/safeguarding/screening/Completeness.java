package org.safeguarding.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the assessment still needs to know, and so how confident it can be. An answer of "not sure" or "declined"
 * leaves a question open: it lowers confidence like a missing one, and is listed with its value.
 */
final class Completeness {
    static final String IMMEDIATE_DANGER = "immediateDanger";
    static final String DANGER_CHECKED = "dangerChecked";
    static final String NATION = "nation";
    static final String CONSENT = "consent";
    static final String LANGUAGE = "language";
    private static final double MEDIUM_SHARE = 0.6;

    private final List<Trigger> open = new ArrayList<>();
    private int required;

    Completeness(Screening screening, AgeFinding age) {
        requireAnswer(dangerField(screening), screening.dangerNow());
        require(AgeFinding.AGE_GROUP, age.isKnown());
        require(NATION, screening.nation().isPresent());
        if (age.isAdult()) {
            require(CONSENT, screening.consent().filter(consent -> consent != Consent.NOT_ASKED_YET).isPresent());
        }
        if (screening.interpreterNeeded().filter(Answer.YES::equals).isPresent()) {
            require(LANGUAGE, screening.language().isPresent());
        }
        for (Question question : Question.values()) {
            if (question.isCore()) {
                requireAnswer(Trigger.fieldOf(question), screening.answer(question));
            }
        }
    }

    /** The answer danger now is known from: the latest check where there was one, else the raise. */
    static String dangerField(Screening screening) {
        return screening.dangerChecked().isPresent() ? DANGER_CHECKED : IMMEDIATE_DANGER;
    }

    private void requireAnswer(String field, Optional<Answer> answer) {
        required++;
        if (answer.isEmpty()) {
            open.add(Trigger.unanswered(field));
        } else if (!answer.get().isKnown()) {
            open.add(Trigger.of(field, answer.get()));
        }
    }

    private void require(String field, boolean recorded) {
        required++;
        if (!recorded) {
            open.add(Trigger.unanswered(field));
        }
    }

    List<Trigger> open() {
        return open;
    }

    boolean isComplete() {
        return open.isEmpty();
    }

    Confidence confidence() {
        double known = (required - open.size()) / (double) required;
        if (open.isEmpty()) {
            return Confidence.HIGH;
        }
        return known >= MEDIUM_SHARE ? Confidence.MEDIUM : Confidence.LOW;
    }
}
