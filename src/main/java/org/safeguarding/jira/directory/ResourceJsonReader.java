package org.safeguarding.jira.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceRules;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Nation;

/**
 * Turns a JSON request body into a directory entry, or into every error it has, each naming its field. Whether the
 * entry is complete and sensible (a dialable number, a secure address, a check date not in the future) is then for
 * {@link org.safeguarding.resources.ResourceRules}; here only the shape and the values' kinds are checked.
 */
final class ResourceJsonReader extends JsonFields {

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
        Resource entry = new Resource(text("id", json.id, DirectoryColumns.SHORT),
                text("name", json.name, DirectoryColumns.SHORT), text("phone", json.phone, DirectoryColumns.SHORT),
                text("url", ResourceRules.withWebScheme(json.url), DirectoryColumns.LONG), values("nations", json.nations, Nation.class),
                value("audience", json.audience, Audience.class),
                value("category", json.category, ResourceCategory.class), languages(json.languages),
                date("verifiedOn", json.verifiedOn),
                text("source", ResourceRules.withWebScheme(json.source), DirectoryColumns.LONG),
                text("notes", json.notes, DirectoryColumns.NOTES), false, genders(json.genders));
        return errors.isEmpty() ? new Result(entry, List.of()) : new Result(null, List.copyOf(errors));
    }

    /** Whom the service is for; "prefers not to say" describes a person, never a service. */
    private Set<Gender> genders(List<String> ids) {
        Set<Gender> genders = values("genders", ids, Gender.class);
        if (genders.contains(Gender.PREFER_NOT_TO_SAY)) {
            errors.add(FieldError.of("genders", "safeguarding.error.service-gender"));
        }
        return genders;
    }

    /** Each language on one line, and all of them together within the one column that keeps them. */
    private List<String> languages(List<String> languages) {
        if (languages == null) {
            return List.of();
        }
        int errorsBefore = errors.size();
        for (int i = 0; i < languages.size(); i++) {
            String field = "languages[" + i + "]";
            if (!InputRules.hasVisibleText(languages.get(i))) {
                errors.add(FieldError.of(field, "safeguarding.error.empty-item"));
            } else if (DirectoryColumns.hasLineBreak(languages.get(i))) {
                errors.add(FieldError.of(field, "safeguarding.error.line-break"));
            } else {
                text(field, languages.get(i), DirectoryColumns.SHORT);
            }
        }
        if (errors.size() == errorsBefore
                && DirectoryColumns.joinedLanguages(languages).length() > DirectoryColumns.LONG) {
            errors.add(FieldError.of("languages", "safeguarding.error.languages-too-long", DirectoryColumns.LONG));
        }
        return languages;
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
        @JsonProperty
        List<String> genders;
    }
}
