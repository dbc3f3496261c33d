package org.safeguarding.jira.enablement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;

/** Reads which way an admin switches a project, "enable" or "disable", naming what is wrong. */
final class EnablementJsonReader extends JsonFields {
    static final String ACTION = "action";

    /** The action, or the errors in the request; never both. */
    record Result(Action action, List<FieldError> errors) {
    }

    private EnablementJsonReader() {
    }

    static Result read(String body) {
        Parsed<ActionJson> parsed = parse(body, ActionJson.class);
        if (parsed.json() == null) {
            return new Result(null, parsed.errors());
        }
        EnablementJsonReader reader = new EnablementJsonReader();
        reader.unknown("", parsed.json());
        Action action = reader.value(ACTION, parsed.json().action, Action.class);
        if (parsed.json().action == null) {
            reader.errors.add(FieldError.of(ACTION, "safeguarding.error.enablement-action-missing"));
        }
        return reader.errors.isEmpty() ? new Result(action, List.of()) : new Result(null, List.copyOf(reader.errors));
    }

    /** The request as clients send it. */
    static final class ActionJson extends StrictJson {
        @JsonProperty
        String action;
    }
}
