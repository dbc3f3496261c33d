package org.safeguarding.resources;

import org.safeguarding.screening.Identified;

/** Whom a service is for: a child's case needs the child services, an adult's the adult ones. */
public enum Audience implements Identified {
    EVERYONE("everyone"),
    ADULTS("adults"),
    CHILDREN("children");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.resource.audience." + id;
    }

    boolean serves(boolean child) {
        return this == EVERYONE || (this == CHILDREN) == child;
    }
}
