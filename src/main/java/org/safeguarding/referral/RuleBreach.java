package org.safeguarding.referral;

/**
 * Why a transition cannot happen yet, and what to do about it: an i18n key whose words say what to do, not just
 * what is wrong, and the field to put right (empty when the whole case is concerned).
 */
public record RuleBreach(String messageKey, String field) {
    static RuleBreach of(String message, String field) {
        return new RuleBreach("safeguarding.workflow.error." + message, field);
    }
}
