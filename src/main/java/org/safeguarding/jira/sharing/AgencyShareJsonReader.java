package org.safeguarding.jira.sharing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.jira.platform.rest.JsonFields;
import org.safeguarding.jira.platform.rest.StrictJson;
import org.safeguarding.referral.Agency;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.LawfulBasis;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.referral.SharingChannel;
import org.safeguarding.referral.SharingCondition;

/**
 * Reads one entry for a case's agency and sharing log, naming every field that is missing, unknown, of a value not
 * allowed or too long. Whether the entry holds together (consent, the day, a correction of an entry on this case) is
 * the domain's to say ({@link AgencyShare#problems}).
 */
final class AgencyShareJsonReader extends JsonFields {
    /** The entry, or the errors in the request; the entry is null when there are errors. */
    record Result(AgencyShare share, List<FieldError> errors) {
    }

    private AgencyShareJsonReader() {
    }

    static Result read(String body) {
        Parsed<AgencyShareJson> parsed = parse(body, AgencyShareJson.class);
        return parsed.json() == null ? new Result(null, parsed.errors())
                : new AgencyShareJsonReader().readAll(parsed.json());
    }

    private Result readAll(AgencyShareJson json) {
        unknown("", json);
        // A decision not to share has no channel, basis, condition or consent: they are asked only of a share.
        boolean shared = !Boolean.FALSE.equals(json.shared);
        Agency agency = required("agency", value("agency", json.agency, Agency.class), json.agency);
        String agencyName = text("agencyName", json.agencyName, AgencyShare.MAX_NAME);
        LocalDate sharedOn = required("sharedOn", date("sharedOn", json.sharedOn), json.sharedOn);
        SharingChannel channel = value("channel", json.channel, SharingChannel.class);
        String whatShared = required("whatShared", text("whatShared", json.whatShared, AgencyShare.MAX_TEXT),
                json.whatShared);
        LawfulBasis basis = value("basis", json.basis, LawfulBasis.class);
        SharingCondition condition = value("condition", json.condition, SharingCondition.class);
        if (shared) {
            required("channel", channel, json.channel);
            required("basis", basis, json.basis);
            required("condition", condition, json.condition);
            required("withConsent", json.withConsent, json.withConsent);
        }
        String because = text("withoutConsentBecause", json.withoutConsentBecause, AgencyShare.MAX_TEXT);
        String reference = text("theirReference", json.theirReference, AgencyShare.MAX_REFERENCE);
        ShareDecision decision = new ShareDecision(shared,
                required("purpose", text("purpose", json.purpose, AgencyShare.MAX_TEXT), json.purpose),
                required("decidedBy", text("decidedBy", json.decidedBy, ShareDecision.MAX_DECIDED_BY),
                        json.decidedBy),
                Boolean.TRUE.equals(required("personTold", json.personTold, json.personTold)),
                text("notToldBecause", json.notToldBecause, AgencyShare.MAX_TEXT),
                text("notSharedBecause", json.notSharedBecause, AgencyShare.MAX_TEXT),
                text("agreementReference", json.agreementReference, AgencyShare.MAX_REFERENCE),
                Boolean.TRUE.equals(json.urgent),
                Optional.ofNullable(value("criminalCondition", json.criminalCondition, SharingCondition.class)));
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new AgencyShare(agency, agencyName, sharedOn, channel, whatShared, basis, condition,
                Boolean.TRUE.equals(json.withConsent), because, reference, Optional.ofNullable(json.corrects),
                Optional.of(decision)), List.of());
    }

    /** The value, with an error saying what to give when the request left it out. */
    private <T> T required(String field, T value, Object sent) {
        if (sent == null) {
            errors.add(FieldError.of(field, "safeguarding.error.sharing." + field + "-missing"));
        }
        return value;
    }

    /** An entry as clients send it. */
    static final class AgencyShareJson extends StrictJson {
        @JsonProperty
        String agency;
        @JsonProperty
        String agencyName;
        @JsonProperty
        String sharedOn;
        @JsonProperty
        String channel;
        @JsonProperty
        String whatShared;
        @JsonProperty
        String basis;
        @JsonProperty
        String condition;
        @JsonProperty
        Boolean withConsent;
        @JsonProperty
        String withoutConsentBecause;
        @JsonProperty
        String theirReference;
        @JsonProperty
        Long corrects;
        @JsonProperty
        Boolean shared;
        @JsonProperty
        String purpose;
        @JsonProperty
        String decidedBy;
        @JsonProperty
        Boolean personTold;
        @JsonProperty
        String notToldBecause;
        @JsonProperty
        String notSharedBecause;
        @JsonProperty
        String agreementReference;
        @JsonProperty
        Boolean urgent;
        @JsonProperty
        String criminalCondition;
    }
}
