package org.safeguarding.jira.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.OptionalInt;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.AppSettingsRules;
import org.safeguarding.referral.OrganisationType;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Nation;

/**
 * Reads the settings as an admin sends them, naming every field that is wrong. A PUT replaces them all: a missing
 * yes/no is no, missing nations are none, and an empty group, role or retention period means none.
 */
final class SettingsJsonReader extends JsonFields {
    /** The settings, or the errors in the request; never both. */
    record Result(AppSettings settings, List<FieldError> errors) {
    }

    private SettingsJsonReader() {
    }

    static Result read(String body) {
        Parsed<SettingsJson> parsed = parse(body, SettingsJson.class);
        return parsed.json() == null ? new Result(null, parsed.errors())
                : new SettingsJsonReader().readAll(parsed.json());
    }

    private Result readAll(SettingsJson json) {
        unknown("", json);
        AppSettings settings = new AppSettings(values("nations", json.nations, Nation.class),
                Boolean.TRUE.equals(json.firstResponder), Boolean.TRUE.equals(json.dutyToNotify),
                name("leadGroup", json.leadGroup), name("leadProjectRole", json.leadProjectRole),
                number("retentionYears", json.retentionYears, "safeguarding.settings.error.retention-years"),
                Boolean.TRUE.equals(json.assignToLeadOnDuty),
                InputRules.hasVisibleText(json.organisationType)
                        ? value("organisationType", json.organisationType, OrganisationType.class) : null,
                address(json.policyDocument), name("organisationName", json.organisationName),
                name("callBackNumber", json.callBackNumber), name("staffGroup", json.staffGroup),
                number("trainingRefresherMonths", json.trainingRefresherMonths,
                        "safeguarding.settings.error.refresher-months"),
                number("staffRecordsMonths", json.staffRecordsMonths, "safeguarding.settings.error.staff-records-months"));
        return errors.isEmpty() ? new Result(settings, List.of()) : new Result(null, List.copyOf(errors));
    }

    /** A name, with spaces at either end left off; one that draws nothing is none. */
    private String name(String field, String value) {
        String name = text(field, value, AppSettingsRules.MAX_NAME);
        return InputRules.hasVisibleText(name) ? name.strip() : null;
    }

    /** An address; one that draws nothing is none. Whether it is a web page's is {@link AppSettingsRules}'. */
    private String address(String value) {
        String address = text("policyDocument", value, AppSettingsRules.MAX_ADDRESS);
        return InputRules.hasVisibleText(address) ? address.strip() : null;
    }

    /**
     * Whole years, sent as a number or as the digits 0 to 9 a form field holds; anything else is named as wrong, and
     * a value that draws nothing is none.
     */
    private Integer number(String field, String value, String errorKey) {
        if (!InputRules.hasVisibleText(value)) {
            return null;
        }
        OptionalInt number = InputRules.wholeNumber(value);
        if (number.isEmpty()) {
            errors.add(FieldError.of(field, errorKey));
            return null;
        }
        return number.getAsInt();
    }

    /** The settings as clients send them; nations by their ids. */
    static final class SettingsJson extends StrictJson {
        @JsonProperty
        List<String> nations;
        @JsonProperty
        Boolean firstResponder;
        @JsonProperty
        Boolean dutyToNotify;
        @JsonProperty
        String leadGroup;
        @JsonProperty
        String leadProjectRole;
        @JsonProperty
        String retentionYears;
        @JsonProperty
        Boolean assignToLeadOnDuty;
        @JsonProperty
        String organisationType;
        @JsonProperty
        String policyDocument;
        @JsonProperty
        String organisationName;
        @JsonProperty
        String callBackNumber;
        @JsonProperty
        String staffGroup;
        @JsonProperty
        String trainingRefresherMonths;
        @JsonProperty
        String staffRecordsMonths;
    }
}
