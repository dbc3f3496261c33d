package org.safeguarding.jira.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.screening.InputRules;

/**
 * Reads the confirmation a lead sends to anonymise a case: the case's key, typed again, so a slip of the mouse or a
 * request meant for another case changes nothing.
 */
final class AnonymiseJsonReader extends JsonFields {
    static final String CONFIRM = "confirm";

    private AnonymiseJsonReader() {
    }

    /** The problems with the confirmation; none when it names the case. */
    static List<FieldError> check(String body, String issueKey) {
        Parsed<ConfirmJson> parsed = parse(body, ConfirmJson.class);
        if (parsed.json() == null) {
            return parsed.errors();
        }
        AnonymiseJsonReader reader = new AnonymiseJsonReader();
        reader.unknown("", parsed.json());
        String confirm = parsed.json().confirm;
        if (!InputRules.hasVisibleText(confirm)) {
            reader.errors.add(FieldError.of(CONFIRM, "safeguarding.error.confirm-missing", issueKey));
        } else if (!confirm.trim().equalsIgnoreCase(issueKey)) {
            reader.errors.add(FieldError.of(CONFIRM, "safeguarding.error.confirm-other-case", issueKey));
        }
        return List.copyOf(reader.errors);
    }

    /** The confirmation as clients send it. */
    static final class ConfirmJson extends StrictJson {
        @JsonProperty
        String confirm;
    }
}
