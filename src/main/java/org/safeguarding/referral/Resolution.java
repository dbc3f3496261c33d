package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/**
 * How a case ended, as it happened: none implies a decision nobody made (a negative NRM decision is the Home Office's
 * and is recorded by its own transition). Ids are stable: installed Jiras hold them as resolutions.
 */
public enum Resolution implements Identified {
    REFERRED_AND_SUPPORTED("referred-and-supported"),
    /** The agency referred to (children's services, police, adult safeguarding, victim support) took the case on. */
    AGENCY_TOOK_ON("agency-took-on"),
    /** Another First Responder (children's services, the police, a charity) made the NRM referral. */
    NRM_BY_ANOTHER_FIRST_RESPONDER("nrm-by-another-first-responder"),
    /** Pointed to the Helpline or other help; they wanted nothing more from the organisation. */
    SIGNPOSTED("signposted"),
    DECLINED_SUPPORT("declined-support"),
    /** Found at screening or review, before any referral: never after an NRM referral or a notification. */
    NO_TRAFFICKING_CONCERN("no-trafficking-concern"),
    TRANSFERRED("transferred"),
    LOST_CONTACT("lost-contact");

    private final String id;
    private final String labelKey;

    Resolution(String id) {
        this.id = id;
        this.labelKey = "safeguarding.resolution." + id;
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
