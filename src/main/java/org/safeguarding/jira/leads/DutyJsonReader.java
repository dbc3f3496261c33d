package org.safeguarding.jira.leads;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;

/** Reads whether a lead goes on duty or hands it back: {@code {"onDuty": true}} or {@code false}. */
final class DutyJsonReader extends JsonFields {
    static final String ON_DUTY = "onDuty";

    /** Whether the lead goes on duty, or the errors in the request; never both. */
    record Result(Boolean onDuty, List<FieldError> errors) {
    }

    private DutyJsonReader() {
    }

    static Result read(String body) {
        Parsed<DutyJson> parsed = parse(body, DutyJson.class);
        if (parsed.json() == null) {
            return new Result(null, parsed.errors());
        }
        DutyJsonReader reader = new DutyJsonReader();
        reader.unknown("", parsed.json());
        if (parsed.json().onDuty == null) {
            reader.errors.add(FieldError.of(ON_DUTY, "safeguarding.error.on-duty-missing"));
        }
        return reader.errors.isEmpty() ? new Result(parsed.json().onDuty, List.of())
                : new Result(null, List.copyOf(reader.errors));
    }

    /** The request as clients send it. */
    static final class DutyJson extends StrictJson {
        @JsonProperty
        Boolean onDuty;
    }
}
