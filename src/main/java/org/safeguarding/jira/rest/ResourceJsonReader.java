package org.safeguarding.jira.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.screening.Nation;

/**
 * Turns a JSON request body into a directory entry, or into every error it has, each naming its field. Whether the
 * entry is complete and sensible (a dialable number, a secure address, a check date not in the future) is then for
 * {@link org.safeguarding.resources.ResourceRules}; here only the shape and the values' kinds are checked.
 */
final class ResourceJsonReader extends JsonFields {
    static final int MAX_TEXT = 500;
    static final int MAX_NOTES = 5000;

    /** The entry, or the errors in the request; never both. */
    record Result(Resource entry, List<FieldError> errors) {
    }

    private ResourceJsonReader() {
    }

    static Result read(String body) {
        Parsed<ResourceJson> parsed = parse(body, ResourceJson.class);
        return parsed.json() == null ? new Result(null, parsed.errors())
                : new ResourceJsonReader().readAll(parsed.json());
    }

    private Result readAll(ResourceJson json) {
        unknown("", json);
        Resource entry = new Resource(text("id", json.id, MAX_TEXT), text("name", json.name, MAX_TEXT),
                text("phone", json.phone, MAX_TEXT), text("url", json.url, MAX_TEXT),
                values("nations", json.nations, Nation.class), value("audience", json.audience, Audience.class),
                value("category", json.category, ResourceCategory.class), languages(json.languages),
                verifiedOn(json.verifiedOn), text("source", json.source, MAX_TEXT), text("notes", json.notes, MAX_NOTES),
                false);
        return errors.isEmpty() ? new Result(entry, List.of()) : new Result(null, List.copyOf(errors));
    }

    private List<String> languages(List<String> languages) {
        if (languages == null) {
            return List.of();
        }
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i) == null || languages.get(i).isBlank()) {
                errors.add(FieldError.of("languages[" + i + "]", "safeguarding.error.empty-item"));
            } else {
                text("languages[" + i + "]", languages.get(i), MAX_TEXT);
            }
        }
        return languages;
    }

    private LocalDate verifiedOn(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("verifiedOn", "safeguarding.error.not-a-date", value));
            return null;
        }
    }

    /** A directory entry as clients send it; every value by its stable id. */
    static final class ResourceJson extends StrictJson {
        @JsonProperty
        String id;
        @JsonProperty
        String name;
        @JsonProperty
        String phone;
        @JsonProperty
        String url;
        @JsonProperty
        List<String> nations;
        @JsonProperty
        String audience;
        @JsonProperty
        String category;
        @JsonProperty
        List<String> languages;
        @JsonProperty
        String verifiedOn;
        @JsonProperty
        String source;
        @JsonProperty
        String notes;
    }
}
