package org.safeguarding.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers that disagree: a sign ticked although the question about it was answered the reassuring way, and the pairs
 * of answers below that cannot both be true. Each is reported for the worker to check gently, never to challenge the
 * person: trauma affects memory [S58].
 */
final class Contradictions {
    /** Two answers that cannot both hold. */
    private record Disagreement(Question question, Answer answer, Question other, Answer otherAnswer) {
    }

    private static final List<Disagreement> DISAGREEMENTS = List.of(
            // Free to leave, yet forced, threatened or held.
            new Disagreement(Question.FREE_TO_LEAVE, Answer.YES, Question.FORCED_OR_HELD, Answer.YES));

    private Contradictions() {
    }

    static List<Contradiction> between(Screening screening, AgeFinding age) {
        List<Contradiction> found = new ArrayList<>(age.contradictions());
        screening.answers().forEach((question, answer) -> {
            boolean reassuring = answer.isKnown() && question.worryingAnswer().filter(answer::equals).isEmpty();
            if (!reassuring) {
                return;
            }
            for (Indicator indicator : question.reveals()) {
                if (screening.indicatorsSeen().contains(indicator)) {
                    found.add(new Contradiction(Contradiction.Kind.SIGN_CONTRADICTS_ANSWER,
                            List.of(Trigger.of(question, answer), Trigger.of("indicatorsSeen", indicator))));
                }
            }
        });
        for (Disagreement pair : DISAGREEMENTS) {
            if (screening.answer(pair.question()).filter(pair.answer()::equals).isPresent()
                    && screening.answer(pair.other()).filter(pair.otherAnswer()::equals).isPresent()) {
                found.add(new Contradiction(Contradiction.Kind.ANSWERS_DISAGREE, List.of(
                        Trigger.of(pair.question(), pair.answer()), Trigger.of(pair.other(), pair.otherAnswer()))));
            }
        }
        return found;
    }
}
