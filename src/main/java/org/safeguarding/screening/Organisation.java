package org.safeguarding.screening;

/**
 * What the assessment needs to know about the organisation using it.
 *
 * @param firstResponder whether it is a First Responder Organisation, allowed to make NRM referrals itself
 * @param dutyToNotify   whether it is a public authority with the Duty to Notify the Home Office (Modern Slavery
 *                       Act 2015 s52: police, local authorities, the NCA, the GLAA)
 */
public record Organisation(boolean firstResponder, boolean dutyToNotify) {
}
