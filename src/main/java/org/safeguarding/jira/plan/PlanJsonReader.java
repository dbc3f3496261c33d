package org.safeguarding.jira.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.referral.SafeguardingPlan;

/** Reads the plan as an admin sends it: its four parts as text, naming every field that is wrong. */
final class PlanJsonReader extends JsonFields {
    /** The plan, or the errors in the request; never both. */
    record Result(SafeguardingPlan plan, List<FieldError> errors) {
    }

    private PlanJsonReader() {
    }

    static Result read(String body) {
        Parsed<PlanJson> parsed = parse(body, PlanJson.class);
        if (parsed.json() == null) {
            return new Result(null, parsed.errors());
        }
        PlanJsonReader reader = new PlanJsonReader();
        reader.unknown("", parsed.json());
        PlanJson json = parsed.json();
        SafeguardingPlan plan = new SafeguardingPlan(json.vulnerable, json.trafficked, json.specialists,
                json.whereItLives);
        return reader.errors.isEmpty() ? new Result(plan, List.of()) : new Result(null, List.copyOf(reader.errors));
    }

    /** The plan as clients send it. */
    static final class PlanJson extends StrictJson {
        @JsonProperty
        String vulnerable;
        @JsonProperty
        String trafficked;
        @JsonProperty
        String specialists;
        @JsonProperty
        String whereItLives;
    }
}
