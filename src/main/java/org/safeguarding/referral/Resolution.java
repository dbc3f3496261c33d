package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** How a case ended. */
public enum Resolution implements Identified {
    REFERRED_AND_SUPPORTED("referred-and-supported"),
    DECLINED_SUPPORT("declined-support"),
    NO_TRAFFICKING_CONCERN("no-trafficking-concern"),
    TRANSFERRED("transferred"),
    LOST_CONTACT("lost-contact");

    private final String id;

    Resolution(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.resolution." + id;
    }
}
