package org.safeguarding.jira.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;

/** Reads a translation review ({@code {"by": "…", "on": "2026-12-01"}}), naming every field that is wrong. */
final class ReviewJsonReader extends JsonFields {
    static final int MAX_REVIEWER = 200;

    /** Who checked and when, or the errors in the request; reviewer and day are null when there are errors. */
    record Result(String by, LocalDate on, List<FieldError> errors) {
    }

    private ReviewJsonReader() {
    }

    static Result read(String body) {
        Parsed<ReviewJson> parsed = parse(body, ReviewJson.class);
        return parsed.json() == null ? new Result(null, null, parsed.errors())
                : new ReviewJsonReader().readAll(parsed.json());
    }

    private Result readAll(ReviewJson json) {
        unknown("", json);
        String by = text("by", json.by, MAX_REVIEWER);
        LocalDate on = date("on", json.on);
        return errors.isEmpty() ? new Result(by, on, List.of()) : new Result(null, null, List.copyOf(errors));
    }

    /** A review as clients send it. */
    static final class ReviewJson extends StrictJson {
        @JsonProperty
        String by;
        @JsonProperty
        String on;
    }
}
