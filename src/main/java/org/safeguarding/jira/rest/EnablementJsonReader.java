package org.safeguarding.jira.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.jira.enablement.EnablementPlan.Action;

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
        Optional<Action> action = action(parsed.json().action);
        if (parsed.json().action == null) {
            reader.errors.add(FieldError.of(ACTION, "safeguarding.error.enablement-action-missing"));
        } else if (action.isEmpty()) {
            reader.errors.add(FieldError.of(ACTION, "safeguarding.error.not-one-of", parsed.json().action, ids()));
        }
        return reader.errors.isEmpty() ? new Result(action.orElseThrow(), List.of())
                : new Result(null, List.copyOf(reader.errors));
    }

    /** The action a query parameter or a body names: "enable" or "disable". */
    static Optional<Action> action(String id) {
        return Arrays.stream(Action.values()).filter(action -> action.id().equals(id)).findFirst();
    }

    static String ids() {
        return Arrays.stream(Action.values()).map(Action::id).collect(Collectors.joining(", "));
    }

    /** The request as clients send it. */
    static final class ActionJson extends StrictJson {
        @JsonProperty
        String action;
    }
}
