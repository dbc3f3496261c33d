package org.safeguarding.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risk level and every reason for it, most serious first. Danger now is its own level; violence, abuse or
 * being held, any sign in a child, still being in the exploitative situation or in contact with the exploiters (with
 * another sign), three or more ILO indicators, or three or more signs of one kind of exploitation make it high; any
 * sign makes it medium; low needs every question answered with no sign at all.
 */
final class RiskRules {
    /** The ILO: usually several indicators together point to forced labour ([S81]). */
    static final int SEVERAL_ILO_INDICATORS = 3;
    /**
     * Signs that belong together: this many of one kind of exploitation make a concern high. The same "several"
     * as the ILO's ([S81]); the number is the product's calibration, documented in the safeguarding guide.
     */
    static final int SEVERAL_OF_ONE_KIND = 3;

    private RiskRules() {
    }

    /** The reasons that apply, each with its triggers; the first decides the level. */
    static List<Finding> reasons(Screening screening, Signs signs, AgeFinding age, Completeness completeness) {
        List<Finding> reasons = new ArrayList<>();
        if (screening.dangerNow().filter(Answer.YES::equals).isPresent()) {
            reasons.add(new Finding(Reason.DANGER_NOW, List.of(Trigger.of(Completeness.dangerField(screening),
                    Answer.YES))));
        }
        if (!signs.severe().isEmpty()) {
            reasons.add(new Finding(Reason.SEVERE_SIGN, signs.severe()));
        }
        if (age.isChild() && signs.any()) {
            reasons.add(new Finding(Reason.CHILD_WITH_SIGNS, concat(age.triggers(), signs.all())));
        }
        // Either answer is itself a sign; with another sign it says the exploitation may be going on now.
        if (saidYes(screening, Question.STILL_IN_SITUATION) && signs.all().size() > 1) {
            reasons.add(new Finding(Reason.STILL_IN_SITUATION, signs.all()));
        }
        if (saidYes(screening, Question.STILL_IN_CONTACT) && signs.all().size() > 1) {
            reasons.add(new Finding(Reason.STILL_IN_CONTACT, signs.all()));
        }
        if (signs.iloIndicatorCount() >= SEVERAL_ILO_INDICATORS) {
            reasons.add(new Finding(Reason.SEVERAL_ILO_INDICATORS, signs.iloIndicators()));
        }
        if (signs.mostOfOneKindCount() >= SEVERAL_OF_ONE_KIND) {
            reasons.add(new Finding(Reason.SIGNS_OF_ONE_KIND, signs.mostOfOneKind()));
        }
        if (signs.any()) {
            reasons.add(new Finding(Reason.SIGNS_SEEN, signs.all()));
        } else if (completeness.isComplete()) {
            reasons.add(new Finding(Reason.NO_SIGNS, coreAnswers(screening)));
        } else {
            reasons.add(new Finding(Reason.QUESTIONS_OPEN, completeness.open()));
        }
        return reasons;
    }

    static RiskLevel level(Finding decisive) {
        return switch (decisive.reason()) {
            case DANGER_NOW -> RiskLevel.IMMEDIATE_DANGER;
            case SEVERE_SIGN, CHILD_WITH_SIGNS, STILL_IN_SITUATION, STILL_IN_CONTACT, SEVERAL_ILO_INDICATORS, SIGNS_OF_ONE_KIND ->
                    RiskLevel.HIGH;
            case SIGNS_SEEN -> RiskLevel.MEDIUM;
            case NO_SIGNS -> RiskLevel.LOW;
            default -> RiskLevel.NOT_ENOUGH_INFORMATION;
        };
    }

    private static boolean saidYes(Screening screening, Question question) {
        return screening.answer(question).filter(Answer.YES::equals).isPresent();
    }

    private static List<Trigger> coreAnswers(Screening screening) {
        List<Trigger> answers = new ArrayList<>();
        for (Map.Entry<Question, Answer> entry : screening.answers().entrySet()) {
            if (entry.getKey().isCore()) {
                answers.add(Trigger.of(entry.getKey(), entry.getValue()));
            }
        }
        return answers;
    }

    /**
     * The first list, then each trigger of the second it does not hold yet: a set remembers them, as one screening
     * can have over a hundred.
     */
    static List<Trigger> concat(List<Trigger> first, List<Trigger> second) {
        List<Trigger> all = new ArrayList<>(first);
        Set<Trigger> held = new HashSet<>(first);
        for (Trigger trigger : second) {
            if (held.add(trigger)) {
                all.add(trigger);
            }
        }
        return all;
    }
}
