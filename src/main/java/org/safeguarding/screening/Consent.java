package org.safeguarding.screening;

/** An adult's decision about being referred into the National Referral Mechanism. */
public enum Consent implements Identified {
    GIVEN("given"),
    REFUSED("refused"),
    NOT_ASKED_YET("not-asked-yet");

    private final String id;

    Consent(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.consent." + id;
    }
}
