package org.safeguarding.screening;

/** Something to do next, in the order the pathway puts them. The words are the i18n key {@code safeguarding.action.<id>}. */
public enum Action implements Identified {
    CALL_999("call-999"),
    CHECK_DANGER("check-danger"),
    TELL_SAFEGUARDING_LEAD("tell-safeguarding-lead"),
    FIND_OUT_AGE("find-out-age"),
    REQUEST_AGE_ASSESSMENT("request-age-assessment"),
    REFER_TO_CHILDRENS_SERVICES("refer-to-childrens-services"),
    REFER_TO_SOCIAL_WORK("refer-to-social-work"),
    REFER_TO_GATEWAY_TEAM("refer-to-gateway-team"),
    REFER_TO_CHILD_PROTECTION("refer-to-child-protection"),
    TELL_POLICE("tell-police"),
    CONTACT_FORCED_MARRIAGE_UNIT("contact-forced-marriage-unit"),
    MAKE_NRM_REFERRAL("make-nrm-referral"),
    ASK_FRO_FOR_NRM_REFERRAL("ask-fro-for-nrm-referral"),
    ASK_TRUST_OR_PSNI_FOR_NRM_REFERRAL("ask-trust-or-psni-for-nrm-referral"),
    REFER_TO_CHILD_GUARDIAN("refer-to-child-guardian"),
    ASK_FOR_GUARDIANSHIP_SCOTLAND("ask-for-guardianship-scotland"),
    ASK_FOR_INDEPENDENT_GUARDIAN("ask-for-independent-guardian"),
    PLAN_FOR_EIGHTEENTH_BIRTHDAY("plan-for-eighteenth-birthday"),
    ASK_CONSENT_TO_STAY_IN_NRM("ask-consent-to-stay-in-nrm"),
    EXPLAIN_NRM_AND_ASK_CONSENT("explain-nrm-and-ask-consent"),
    REFER_THROUGH_FRO_OR_HELPLINE("refer-through-fro-or-helpline"),
    TAKE_BEST_INTERESTS_DECISION("take-best-interests-decision"),
    RAISE_ADULT_SAFEGUARDING_CONCERN("raise-adult-safeguarding-concern"),
    RECORD_NATION_FOR_DUTY("record-nation-for-duty"),
    SUBMIT_DUTY_TO_NOTIFY("submit-duty-to-notify"),
    RECORD_REFUSAL_AND_SAFETY_PLAN("record-refusal-and-safety-plan"),
    OFFER_SUPPORT_WITHOUT_NRM("offer-support-without-nrm"),
    GET_MEDICAL_HELP("get-medical-help"),
    FIND_SAFE_PLACE_TO_STAY("find-safe-place-to-stay"),
    PROVIDE_FOOD("provide-food"),
    REFER_FOR_VICTIM_CARE("refer-for-victim-care"),
    BOOK_INTERPRETER("book-interpreter"),
    REPORT_OTHERS_AT_RISK("report-others-at-risk"),
    RECORD_DESCRIPTION_FOR_POLICE("record-description-for-police"),
    AGREE_SAFE_CONTACT("agree-safe-contact"),
    CHECK_CONTRADICTIONS("check-contradictions"),
    ASK_REMAINING_QUESTIONS("ask-remaining-questions"),
    KEEP_DOOR_OPEN("keep-door-open"),
    // Once the case has moved on from screening: what it waits for, and what the status asks first.
    CALL_LEAD_IF_URGENT("call-lead-if-urgent"),
    DECIDE_REFERRAL("decide-referral"),
    RECORD_EXPLOITATION_TYPE("record-exploitation-type"),
    GIVE_POLICE_MISSING_SUMMARY("give-police-missing-summary"),
    TELL_AUTHORITY_CHILD_MISSING("tell-authority-child-missing"),
    FOLLOW_UP_REFERRAL("follow-up-referral"),
    WAIT_FOR_REASONABLE_GROUNDS("wait-for-reasonable-grounds"),
    KEEP_UP_RECOVERY_SUPPORT("keep-up-recovery-support"),
    WAIT_FOR_CONCLUSIVE_GROUNDS("wait-for-conclusive-grounds"),
    PLAN_MOVE_ON("plan-move-on"),
    REVIEW_RETENTION("review-retention");

    private final String id;
    private final String labelKey;

    Action(String id) {
        this.id = id;
        this.labelKey = "safeguarding.action." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
