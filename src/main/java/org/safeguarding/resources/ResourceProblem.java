package org.safeguarding.resources;

/** What is wrong with a directory entry: the field to put right and an i18n key whose words say how. */
public record ResourceProblem(String field, String messageKey) {
    static ResourceProblem of(String field, String message) {
        return new ResourceProblem(field, "safeguarding.resource.error." + message);
    }
}
