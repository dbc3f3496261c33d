package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** How the information went: the way a data-sharing record says it. */
public enum SharingChannel implements Identified {
    PHONE("phone"),
    SECURE_EMAIL("secure-email"),
    EMAIL("email"),
    ONLINE_FORM("online-form"),
    MEETING("meeting"),
    LETTER("letter");

    private final String id;
    private final String labelKey;

    SharingChannel(String id) {
        this.id = id;
        this.labelKey = "safeguarding.sharing.channel." + id;
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
