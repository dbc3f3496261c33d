package org.safeguarding.screening;

/** Ways of contacting the person; the NRM form records, for each, whether it is safe to use. */
public enum ContactChannel implements Identified {
    PHONE("phone"),
    POST("post"),
    EMAIL("email");

    private final String id;
    private final String labelKey;

    ContactChannel(String id) {
        this.id = id;
        this.labelKey = "safeguarding.contact." + id;
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
