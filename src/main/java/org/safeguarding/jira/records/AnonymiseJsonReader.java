package org.safeguarding.jira.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.screening.InputRules;

/**
 * Reads the confirmation a lead sends to anonymise a case: the case's key, typed again, so a slip of the mouse or a
 * request meant for another case changes nothing; and before the case's retention review date, that they mean to
 * anonymise it before that date ({@code "beforeReview": true}).
 */
final class AnonymiseJsonReader extends JsonFields {
    static final String CONFIRM = "confirm";
    static final String BEFORE_REVIEW = "beforeReview";

    private AnonymiseJsonReader() {
    }

    /**
     * The problems with the confirmation; none when it names the case and, before its review date, confirms that.
     *
     * @param reviewAhead the case's retention review date, while it is still ahead
     */
    static List<FieldError> check(String body, String issueKey, Optional<LocalDate> reviewAhead) {
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
        if (reviewAhead.isPresent() && !Boolean.TRUE.equals(parsed.json().beforeReview)) {
            reader.errors.add(FieldError.of(BEFORE_REVIEW, "safeguarding.error.anonymise-before-review",
                    UkDates.day(reviewAhead.get())));
        }
        return List.copyOf(reader.errors);
    }

    /** The confirmation as clients send it. */
    static final class ConfirmJson extends StrictJson {
        @JsonProperty
        String confirm;
        @JsonProperty
        Boolean beforeReview;
    }
}
