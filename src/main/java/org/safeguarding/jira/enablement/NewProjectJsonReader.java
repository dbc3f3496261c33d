package org.safeguarding.jira.enablement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;

/**
 * Reads a request for a new project: {@code {"key": "SAFE", "name": "Safeguarding", "lead": "jsmith", "raisers":
 * "front-line-staff"}}; without a lead, the admin asking leads it. The key is taken in capitals, as Jira's own form does; it must look like a key Jira can take
 * (a letter, then letters, digits or underscores, at most ten). Jira's own project service has the last word: its
 * key pattern is a setting, and it knows which keys and names are taken.
 */
final class NewProjectJsonReader extends JsonFields {
    static final String KEY = "key";
    static final String NAME = "name";
    static final String LEAD = "lead";
    static final String RAISERS = "raisers";
    /** Jira's longest key and name by default (ProjectService), and its longest user and group names. */
    static final int LONGEST_KEY = 10;
    static final int LONGEST_NAME = 80;
    static final int LONGEST_USER_OR_GROUP = 255;
    private static final Pattern KEY_SHAPE = Pattern.compile("[A-Z][A-Z0-9_]+");

    /** The project asked for, or the errors in the request; never both. */
    record Result(NewProject project, List<FieldError> errors) {
    }

    private NewProjectJsonReader() {
    }

    static Result read(String body) {
        Parsed<NewProjectJson> parsed = parse(body, NewProjectJson.class);
        if (parsed.json() == null) {
            return new Result(null, parsed.errors());
        }
        NewProjectJsonReader reader = new NewProjectJsonReader();
        reader.unknown("", parsed.json());
        NewProjectJson json = parsed.json();
        String key = reader.required(KEY, json.key, LONGEST_KEY);
        if (key != null) {
            key = key.toUpperCase(Locale.ROOT);
            if (!KEY_SHAPE.matcher(key).matches()) {
                reader.errors.add(FieldError.of(KEY, "safeguarding.error.project-key-shape", shown(key)));
            }
        }
        String lead = json.lead == null || json.lead.isBlank() ? null
                : reader.required(LEAD, json.lead, LONGEST_USER_OR_GROUP);
        NewProject project = new NewProject(key, reader.required(NAME, json.name, LONGEST_NAME), lead,
                reader.required(RAISERS, json.raisers, LONGEST_USER_OR_GROUP));
        return reader.errors.isEmpty() ? new Result(project, List.of()) : new Result(null, List.copyOf(reader.errors));
    }

    /** The value on one line without surrounding spaces; an error when there is none left. */
    private String required(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            errors.add(FieldError.of(field, "safeguarding.error.new-project." + field + "-missing"));
            return null;
        }
        if (trimmed.contains("\n") || trimmed.contains("\r")) {
            errors.add(FieldError.of(field, "safeguarding.error.line-break"));
            return null;
        }
        return text(field, trimmed, maxLength);
    }

    /** The request as clients send it. */
    static final class NewProjectJson extends StrictJson {
        @JsonProperty
        String key;
        @JsonProperty
        String name;
        @JsonProperty
        String lead;
        @JsonProperty
        String raisers;
    }
}
