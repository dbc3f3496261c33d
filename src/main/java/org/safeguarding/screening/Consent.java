package org.safeguarding.screening;

/**
 * An adult's decision about being referred into the National Referral Mechanism, or that they cannot make it: an adult
 * who lacks capacity to decide is never counted as refusing (safeguarding-domain.md §14.2).
 */
public enum Consent implements Identified {
    GIVEN("given"),
    REFUSED("refused"),
    NOT_ASKED_YET("not-asked-yet"),
    /** Unable to decide for lack of capacity: a best-interests decision and an adult safeguarding concern instead. */
    UNABLE("unable");

    private final String id;
    private final String labelKey;

    Consent(String id) {
        this.id = id;
        this.labelKey = "safeguarding.consent." + id;
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
