package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** The ways a case is referred on, recorded on the transition that makes the referral. */
public enum Route implements Identified {
    NRM_REFERRAL("nrm-referral"),
    DUTY_TO_NOTIFY("duty-to-notify"),
    CHILDRENS_SERVICES("childrens-services"),
    /** An adult at risk told to the local authority (Northern Ireland: the HSC Trust), as for one who cannot consent. */
    ADULT_SAFEGUARDING_CONCERN("adult-safeguarding-concern"),
    POLICE("police"),
    VICTIM_SUPPORT("victim-support"),
    FIRST_RESPONDER_OR_HELPLINE("first-responder-or-helpline");

    private final String id;
    private final String labelKey;

    Route(String id) {
        this.id = id;
        this.labelKey = "safeguarding.route." + id;
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
