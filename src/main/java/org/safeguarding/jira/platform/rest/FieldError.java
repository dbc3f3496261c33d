package org.safeguarding.jira.platform.rest;

import java.io.Serializable;
import java.util.List;

/**
 * One bad field of a request: where (the JSON path, such as "answers.documents-held") and what is wrong (an i18n key
 * under safeguarding.error. with its arguments, so the message reaches the user in their language).
 */
public record FieldError(String field, String messageKey, List<Serializable> arguments) {
    /** A path is built from the client's own field names: keep enough to find the field, never a huge name whole. */
    private static final int LONGEST_PATH = 120;

    public FieldError {
        arguments = List.copyOf(arguments);
        if (field != null && field.length() > LONGEST_PATH) {
            field = field.substring(0, LONGEST_PATH) + "…";
        }
    }

    public static FieldError of(String field, String messageKey, Serializable... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
