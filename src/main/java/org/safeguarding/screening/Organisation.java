package org.safeguarding.screening;

import java.util.Optional;

/**
 * What the assessment needs to know about the organisation using it.
 *
 * @param firstResponder whether it is a First Responder Organisation, allowed to make NRM referrals itself
 * @param dutyToNotify   whether it is a public authority with the Duty to Notify the Home Office (Modern Slavery
 *                       Act 2015 s52: police, local authorities, the NCA, the GLAA)
 * @param onlyNation     the nation it works in, when it works in one only; empty when it works in several, or has not
 *                       said
 */
public record Organisation(boolean firstResponder, boolean dutyToNotify, Optional<Nation> onlyNation) {
    /** An organisation that has not said where it works. */
    public Organisation(boolean firstResponder, boolean dutyToNotify) {
        this(firstResponder, dutyToNotify, Optional.empty());
    }

    /** The case's nation, or the organisation's when it works in one only. */
    public Optional<Nation> nationOf(Screening screening) {
        return screening.nation().or(() -> onlyNation);
    }
}
