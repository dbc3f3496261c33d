package org.safeguarding.screening;

/** How old the person is, as far as the worker knows. Someone whose age is not sure is treated as a child. */
public enum AgeGroup implements Identified {
    UNDER_18("under-18"),
    ADULT("adult"),
    NOT_SURE("not-sure");

    private final String id;

    AgeGroup(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.age-group." + id;
    }

    /** Statutory guidance: a person whose age is uncertain is treated as a child until it is assessed. */
    public boolean treatedAsChild() {
        return this != ADULT;
    }
}
