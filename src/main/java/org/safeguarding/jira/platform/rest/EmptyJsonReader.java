package org.safeguarding.jira.platform.rest;

import java.util.List;

/**
 * A request whose path says everything, so its body is an empty JSON object: anything else is named as wrong, as any
 * request of the app's is.
 */
public final class EmptyJsonReader extends JsonFields {
    private EmptyJsonReader() {
    }

    /** The problems with the body; none for {@code {}}. */
    public static List<FieldError> check(String body) {
        Parsed<NothingJson> parsed = parse(body, NothingJson.class);
        if (parsed.json() == null) {
            return parsed.errors();
        }
        EmptyJsonReader reader = new EmptyJsonReader();
        reader.unknown("", parsed.json());
        return List.copyOf(reader.errors);
    }

    /** The request as clients send it: no field at all. */
    static final class NothingJson extends StrictJson {
    }
}
