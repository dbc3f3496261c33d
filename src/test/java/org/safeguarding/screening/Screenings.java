package org.safeguarding.screening;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Screenings for the assessment tests: a fully answered one with no signs, to change one thing at a time. */
final class Screenings {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Organisation CHARITY = new Organisation(false, false);
    static final Organisation FIRST_RESPONDER = new Organisation(true, false);
    static final Organisation COUNCIL = new Organisation(true, true);

    private Screenings() {
    }

    /** An adult in England, not in danger, asked for consent, every question answered the reassuring way. */
    static Screening.Builder answeredWithNoSigns() {
        Screening.Builder builder = Screening.builder()
                .immediateDanger(Answer.NO)
                .ageGroup(AgeGroup.ADULT)
                .nation(Nation.ENGLAND)
                .consent(Consent.GIVEN)
                .safeToContact(Set.of(ContactChannel.PHONE));
        for (Question question : Question.values()) {
            builder.answer(question, question.worryingAnswer().map(Screenings::opposite).orElse(Answer.NO));
        }
        return builder;
    }

    /** The same, with one worrying answer: a sign of exploitation that is not severe on its own. */
    static Screening.Builder withOneSign() {
        return answeredWithNoSigns().answer(Question.OWES_MONEY, Answer.YES);
    }

    static Answer opposite(Answer answer) {
        return answer == Answer.YES ? Answer.NO : Answer.YES;
    }

    static Assessment assess(Screening.Builder screening) {
        return Assessor.assess(screening.build(), CHARITY, TODAY);
    }

    static Assessment assess(Screening.Builder screening, Organisation organisation) {
        return Assessor.assess(screening.build(), organisation, TODAY);
    }

    static List<Action> actions(Assessment assessment) {
        return assessment.recommendations().stream().map(Recommendation::action).toList();
    }

    static Recommendation recommendation(Assessment assessment, Action action) {
        return assessment.recommendations().stream().filter(r -> r.action() == action).findFirst()
                .orElseThrow(() -> new AssertionError(action + " not recommended: " + actions(assessment)));
    }

    static Set<Reason> levelReasons(Assessment assessment) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        assessment.levelReasons().forEach(finding -> reasons.add(finding.reason()));
        return reasons;
    }
}
