package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** What someone did with a safeguarding case, as the access log records it. */
public enum AccessKind implements Identified {
    VIEWED("viewed"),
    EXPORTED("exported");

    private final String id;

    AccessKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.access.kind." + id;
    }
}
