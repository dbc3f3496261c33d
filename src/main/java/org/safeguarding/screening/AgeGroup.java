package org.safeguarding.screening;

/** How old the person is, as far as the worker knows. Someone whose age is not sure is treated as a child. */
public enum AgeGroup implements Identified {
    UNDER_18("under-18"),
    ADULT("adult"),
    NOT_SURE("not-sure");

    private final String id;
    private final String labelKey;

    AgeGroup(String id) {
        this.id = id;
        this.labelKey = "safeguarding.age-group." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Statutory guidance: a person whose age is uncertain is treated as a child until it is assessed. */
    public boolean treatedAsChild() {
        return this != ADULT;
    }
}
