package org.safeguarding.screening;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the child pathway applies. Under 18 and "not sure" are treated as children ([S15]); so is an "adult"
 * whose recorded birth date says otherwise, because when age is in doubt the law treats the person as a child.
 * Someone recorded as under 18 whose birth date says they turned 18 in the last year has grown up since, which is
 * no contradiction: they are an adult now, and must agree to stay in the NRM (domain reference §13.5). A year is a
 * product choice: cases stay open that long, and a tick older than that is more likely wrong than out of date.
 */
final class AgeFinding {
    static final String AGE_GROUP = "ageGroup";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String UNDER_18_DURING_EXPLOITATION = "under18DuringExploitation";
    private static final int ADULT_AGE = 18;
    /** How long before the 18th birthday the worker is told to plan for it: a product choice (§13.5). */
    private static final Period PLAN_BEFORE_EIGHTEEN = Period.ofMonths(3);
    /** How long after the 18th birthday an "under 18" tick counts as out of date rather than wrong. */
    private static final Period GROWN_UP_SINCE_RECORDED = Period.ofYears(1);

    private final Boolean child;
    private final boolean doubtful;
    private final boolean turnsEighteenSoon;
    private final boolean turnedEighteenSinceRecorded;
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<Contradiction> contradictions = new ArrayList<>();

    AgeFinding(Screening screening, LocalDate today) {
        Optional<AgeGroup> group = screening.ageGroup();
        Optional<Boolean> under18ByBirthDate = screening.dateOfBirth()
                .map(born -> Period.between(born, today).getYears() < ADULT_AGE);
        Optional<LocalDate> eighteenth = screening.dateOfBirth().map(born -> born.plusYears(ADULT_AGE));
        group.ifPresent(value -> triggers.add(Trigger.of(AGE_GROUP, value)));
        screening.dateOfBirth().ifPresent(born -> triggers.add(new Trigger(DATE_OF_BIRTH, born.toString())));
        turnedEighteenSinceRecorded = group.filter(AgeGroup.UNDER_18::equals).isPresent() && eighteenth
                .filter(birthday -> !birthday.isAfter(today) && birthday.isAfter(today.minus(GROWN_UP_SINCE_RECORDED)))
                .isPresent();
        if (group.isPresent() && under18ByBirthDate.isPresent()) {
            boolean saysAdult = group.get() == AgeGroup.ADULT;
            if (saysAdult && under18ByBirthDate.get()) {
                contradictions.add(new Contradiction(Contradiction.Kind.ADULT_BORN_UNDER_18, triggers));
            } else if (group.get() == AgeGroup.UNDER_18 && !under18ByBirthDate.get() && !turnedEighteenSinceRecorded) {
                contradictions.add(new Contradiction(Contradiction.Kind.CHILD_BORN_18_OR_OVER, triggers));
            }
        }
        if (turnedEighteenSinceRecorded) {
            child = false;
        } else if (group.isPresent()) {
            child = group.get().treatedAsChild() || !contradictions.isEmpty();
        } else {
            child = under18ByBirthDate.orElse(null);
        }
        if (isChild() && screening.under18DuringExploitation().filter(Answer.NO::equals).isPresent()) {
            // A child today was a child throughout: "no" means the age, or that answer, is wrong.
            contradictions.add(new Contradiction(Contradiction.Kind.CHILD_NOT_UNDER_18_WHEN_EXPLOITED,
                    RiskRules.concat(triggers, List.of(Trigger.of(UNDER_18_DURING_EXPLOITATION, Answer.NO)))));
        }
        doubtful = group.filter(AgeGroup.NOT_SURE::equals).isPresent() || !contradictions.isEmpty();
        turnsEighteenSoon = isChild() && eighteenth
                .filter(birthday -> birthday.isAfter(today) && !birthday.isAfter(today.plus(PLAN_BEFORE_EIGHTEEN)))
                .isPresent();
    }

    /** A child whose birth date says they turn 18 within three months: plan for it now. */
    boolean turnsEighteenSoon() {
        return turnsEighteenSoon;
    }

    /** Recorded as under 18, and has turned 18 since: an adult now, who must agree to stay in the NRM. */
    boolean turnedEighteenSinceRecorded() {
        return turnedEighteenSinceRecorded;
    }

    /** Whether age is recorded at all, by age group or birth date. */
    boolean isKnown() {
        return child != null;
    }

    boolean isChild() {
        return Boolean.TRUE.equals(child);
    }

    boolean isAdult() {
        return Boolean.FALSE.equals(child);
    }

    /** Whether an age assessment is needed: the worker is not sure, or the records disagree. */
    boolean isDoubtful() {
        return doubtful;
    }

    /** The recorded answers the age finding rests on; "unanswered" when there are none. */
    List<Trigger> triggers() {
        return triggers.isEmpty() ? List.of(Trigger.unanswered(AGE_GROUP)) : triggers;
    }

    List<Contradiction> contradictions() {
        return contradictions;
    }
}
