package org.safeguarding.screening;

import java.util.ArrayList;
import java.util.List;

/** Answers that disagree: a sign ticked although the question about it was answered the reassuring way. */
final class Contradictions {
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
        return found;
    }
}
