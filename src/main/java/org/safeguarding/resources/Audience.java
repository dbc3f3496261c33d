package org.safeguarding.resources;

import org.safeguarding.screening.Identified;

/** Whom a service is for: a child's case needs the child services, an adult's the adult ones. */
public enum Audience implements Identified {
    EVERYONE("everyone"),
    ADULTS("adults"),
    CHILDREN("children");

    private final String id;
    private final String labelKey;

    Audience(String id) {
        this.id = id;
        this.labelKey = "safeguarding.resource.audience." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    boolean serves(boolean child) {
        return this == EVERYONE || (this == CHILDREN) == child;
    }
}
