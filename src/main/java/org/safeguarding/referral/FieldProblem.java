package org.safeguarding.referral;

/** Something an admin entered that needs putting right: the field, and an i18n key whose words say how. */
public record FieldProblem(String field, String messageKey) {
}
