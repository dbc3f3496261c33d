package org.safeguarding.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Assesses a screening: how serious it looks, how sure we can be, and what to do next, each conclusion with its
 * reason and the answers behind it. A pure function of the answers, the organisation and today's date.
 */
public final class Assessor {
    private Assessor() {
    }

    public static Assessment assess(Screening screening, Organisation organisation, LocalDate today) {
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(today, "today");
        AgeFinding age = new AgeFinding(screening, today);
        Signs signs = new Signs(screening);
        Completeness completeness = new Completeness(screening, age);
        List<Contradiction> contradictions = Contradictions.between(screening, age);
        List<Finding> levelReasons = RiskRules.reasons(screening, signs, age, completeness);
        List<Recommendation> recommendations =
                new Pathway(screening, organisation, age, levelReasons, completeness, contradictions).recommendations();
        return new Assessment(RiskRules.level(levelReasons.get(0)), completeness.confidence(), levelReasons,
                recommendations, completeness.open(), contradictions, age.isChild());
    }
}
