package org.safeguarding.screening;

import java.util.List;

/**
 * The result of assessing one screening: how serious it looks and why, how complete the answers are, what to do
 * next in order, and what contradicts itself.
 *
 * @param level           the risk level
 * @param confidence      how much of what the assessment needs is answered
 * @param levelReasons    why this level, each with the answers that triggered it
 * @param recommendations what to do next, most urgent first
 * @param unanswered      what is still to find out, as triggers with the value "unanswered"
 * @param contradictions  answers that disagree with each other
 * @param treatedAsChild  whether the child pathway applies (under 18, not sure, or a birth date under 18)
 */
public record Assessment(RiskLevel level, Confidence confidence, List<Finding> levelReasons,
                         List<Recommendation> recommendations, List<Trigger> unanswered,
                         List<Contradiction> contradictions, boolean treatedAsChild) {
    public Assessment {
        levelReasons = List.copyOf(levelReasons);
        recommendations = List.copyOf(recommendations);
        unanswered = List.copyOf(unanswered);
        contradictions = List.copyOf(contradictions);
    }
}
