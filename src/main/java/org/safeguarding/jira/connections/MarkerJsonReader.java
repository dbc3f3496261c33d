package org.safeguarding.jira.connections;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;

/** Reads a marker to record: {@code {"kind": "phone", "value": "07700 900123"}}. */
final class MarkerJsonReader extends JsonFields {
    static final String KIND = "kind";
    static final String VALUE = "value";

    /** The marker, or the errors in the request; never both. */
    record Result(Marker marker, List<FieldError> errors) {
    }

    private MarkerJsonReader() {
    }

    static Result read(String body) {
        Parsed<MarkerJson> parsed = parse(body, MarkerJson.class);
        if (parsed.json() == null) {
            return new Result(null, parsed.errors());
        }
        MarkerJsonReader reader = new MarkerJsonReader();
        MarkerJson json = parsed.json();
        reader.unknown("", json);
        MarkerKind kind = reader.value(KIND, json.kind, MarkerKind.class);
        if (json.kind == null) {
            reader.errors.add(FieldError.of(KIND, "safeguarding.marker.error.kind-missing"));
        }
        if (kind != null) {
            Marker.Checked checked = Marker.of(kind, json.value);
            checked.problem().ifPresent(problem -> reader.errors.add(FieldError.of(VALUE, problem.messageKey())));
            if (reader.errors.isEmpty()) {
                return new Result(checked.marker().orElseThrow(), List.of());
            }
        }
        return new Result(null, List.copyOf(reader.errors));
    }

    /** The request as clients send it. */
    static final class MarkerJson extends StrictJson {
        @JsonProperty
        String kind;
        @JsonProperty
        String value;
    }
}
