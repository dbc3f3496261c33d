package org.safeguarding.jira.rest;

import java.io.Serializable;
import java.util.List;

/**
 * One bad field of a request: where (the JSON path, such as "answers.documents-held") and what is wrong (an i18n key
 * under safeguarding.error. with its arguments, so the message reaches the user in their language).
 */
public record FieldError(String field, String messageKey, List<Serializable> arguments) {
    public FieldError {
        arguments = List.copyOf(arguments);
    }

    static FieldError of(String field, String messageKey, Serializable... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
