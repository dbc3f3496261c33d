package org.safeguarding.screening;

import java.util.List;

/**
 * Why the assessment concluded something: each rule of the pathway, in words a worker can check, with the sources
 * it rests on (tags of shared/reference/safeguarding-domain.md §12, or a section of its §13 of corrections;
 * "leaflet" is STOP THE TRAFFIK's guidance).
 * The plain-English text is the i18n key {@code safeguarding.reason.<id>}.
 */
public enum Reason implements Identified {
    // Risk level
    DANGER_NOW("danger-now", "S36"),
    SEVERE_SIGN("severe-sign", "S81", "S60"),
    CHILD_WITH_SIGNS("child-with-signs", "S7", "S14"),
    STILL_IN_SITUATION("still-in-situation", "S15", "§14.3"),
    STILL_IN_CONTACT("still-in-contact", "S15"),
    SEVERAL_ILO_INDICATORS("several-ilo-indicators", "S81"),
    SIGNS_OF_ONE_KIND("signs-of-one-kind", "S81", "S69"),
    SIGNS_SEEN("signs-seen", "S69"),
    NO_SIGNS("no-signs", "S82"),
    QUESTIONS_OPEN("questions-open", "S82"),
    // Pathway
    DANGER_UNKNOWN("danger-unknown", "S36"),
    SAFEGUARDING_PLAN("safeguarding-plan", "leaflet"),
    NOT_ENOUGH_INFORMATION_TELL_LEAD("not-enough-information-tell-lead", "leaflet", "S82"),
    AGE_UNKNOWN("age-unknown", "S15"),
    AGE_NOT_SURE("age-not-sure", "S15"),
    CHILD_SERVICES_FIRST("child-services-first", "S9"),
    CHILD_SOCIAL_WORK_SCOTLAND("child-social-work-scotland", "§13.2"),
    CHILD_GATEWAY_NORTHERN_IRELAND("child-gateway-northern-ireland", "§13.2"),
    CHILD_SERVICES_NATION_UNKNOWN("child-services-nation-unknown", "§13.2"),
    CHILD_POLICE("child-police", "S9"),
    CHILD_POLICE_SCOTLAND("child-police-scotland", "§13.2"),
    CHILD_POLICE_NORTHERN_IRELAND("child-police-northern-ireland", "§13.2"),
    CHILD_FORCED_MARRIAGE("child-forced-marriage", "§14.5"),
    CHILD_ALWAYS_REFERRED("child-always-referred", "S7", "S14"),
    CHILD_REFERRED_BY_FRO("child-referred-by-fro", "S9", "S10"),
    CHILD_REFERRED_BY_TRUST_OR_PSNI("child-referred-by-trust-or-psni", "S9", "§13.2"),
    CHILD_GUARDIAN("child-guardian", "S22", "S23", "§13.2"),
    CHILD_GUARDIAN_SCOTLAND("child-guardian-scotland", "§13.2"),
    CHILD_GUARDIAN_NORTHERN_IRELAND("child-guardian-northern-ireland", "§13.2"),
    TURNING_18("turning-18", "§13.5"),
    TURNED_18("turned-18", "§13.5"),
    ADULT_CONSENT_NEEDED("adult-consent-needed", "S7", "S14", "S16"),
    CONSENT_GIVEN_FRO("consent-given-fro", "S9"),
    CONSENT_GIVEN_NOT_FRO("consent-given-not-fro", "S9", "S31"),
    CONSENT_REFUSED_DUTY("consent-refused-duty", "S7", "S10"),
    DUTY_NEEDS_NATION("duty-needs-nation", "§14.5"),
    UNABLE_BEST_INTERESTS_ENGLAND_WALES("unable-best-interests-england-wales", "§14.2"),
    UNABLE_INCAPACITY_SCOTLAND("unable-incapacity-scotland", "§14.2"),
    UNABLE_NATION_UNKNOWN("unable-nation-unknown", "§14.2"),
    BEST_INTERESTS_DECIDED("best-interests-decided", "§14.2"),
    ADULT_CONCERN_ENGLAND("adult-concern-england", "§14.2"),
    ADULT_CONCERN_WALES("adult-concern-wales", "§14.2"),
    ADULT_CONCERN_SCOTLAND("adult-concern-scotland", "§14.2"),
    ADULT_CONCERN_NORTHERN_IRELAND("adult-concern-northern-ireland", "§14.2"),
    CONSENT_REFUSED_NO_DUTY("consent-refused-no-duty", "S15", "S18"),
    SUPPORT_WITHOUT_NRM("support-without-nrm", "S7"),
    URGENT_MEDICAL_HELP("urgent-medical-help", "S9"),
    URGENT_SAFE_PLACE("urgent-safe-place", "S9"),
    URGENT_FOOD("urgent-food", "S9"),
    VICTIM_CARE_ENGLAND_WALES("victim-care-england-wales", "S31", "S32"),
    VICTIM_CARE_SCOTLAND("victim-care-scotland", "S45"),
    VICTIM_CARE_SCOTLAND_TARA("victim-care-scotland-tara", "S45", "§13.3"),
    VICTIM_CARE_SCOTLAND_MIGRANT_HELP("victim-care-scotland-migrant-help", "S45", "§13.3"),
    VICTIM_CARE_NORTHERN_IRELAND("victim-care-northern-ireland", "S48", "S12"),
    VICTIM_CARE_NORTHERN_IRELAND_WOMENS_AID("victim-care-northern-ireland-womens-aid", "S48", "§13.3", "§14.5"),
    VICTIM_CARE_NORTHERN_IRELAND_MIGRANT_HELP("victim-care-northern-ireland-migrant-help", "S12", "§13.3", "§14.5"),
    VICTIM_CARE_NATION_UNKNOWN("victim-care-nation-unknown", "S18", "S37"),
    INTERPRETER("interpreter", "S82", "S15"),
    OTHERS_AT_RISK("others-at-risk", "S15"),
    DESCRIPTION_FOR_POLICE("description-for-police", "leaflet"),
    NO_SAFE_CONTACT("no-safe-contact", "S15"),
    CONTRADICTION("contradiction", "S58"),
    KEEP_DOOR_OPEN("keep-door-open", "S82"),
    // The case's status
    LEADS_TOLD("leads-told", "leaflet"),
    STATUS_LEAD_REVIEW("status-lead-review", "leaflet", "S9"),
    TYPE_NOT_RECORDED("type-not-recorded", "S15"),
    STATUS_IMMEDIATE_DANGER("status-immediate-danger", "S36"),
    STATUS_MISSING("status-missing", "S36", "leaflet"),
    CHILD_MISSING_ENGLAND_WALES("child-missing-england-wales", "§14.5"),
    CHILD_MISSING_SCOTLAND("child-missing-scotland", "§14.5"),
    CHILD_MISSING_NORTHERN_IRELAND("child-missing-northern-ireland", "§14.5"),
    CHILD_MISSING_NATION_UNKNOWN("child-missing-nation-unknown", "§14.5"),
    STATUS_MISSING_DESCRIPTION("status-missing-description", "leaflet", "S15"),
    STATUS_REFERRED("status-referred", "S9"),
    STATUS_AWAITING_REASONABLE_GROUNDS("status-awaiting-reasonable-grounds", "S26"),
    STATUS_RECOVERY("status-recovery", "S12", "S42", "S46", "§13.4"),
    STATUS_AWAITING_CONCLUSIVE_GROUNDS("status-awaiting-conclusive-grounds", "S28", "S25"),
    STATUS_MOVE_ON("status-move-on", "S32", "§13.4"),
    STATUS_CLOSED("status-closed", "S85", "S133");

    private final String id;
    private final String labelKey;
    private final List<String> sources;

    Reason(String id, String... sources) {
        this.id = id;
        this.labelKey = "safeguarding.reason." + id;
        this.sources = List.of(sources);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public List<String> sources() {
        return sources;
    }
}
