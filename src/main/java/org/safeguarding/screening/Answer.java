package org.safeguarding.screening;

/** An answer to a yes-or-no screening question. "Declined" respects a person who does not want to say. */
public enum Answer implements Identified {
    YES("yes"),
    NO("no"),
    NOT_SURE("not-sure"),
    DECLINED("declined");

    private final String id;
    private final String labelKey;

    Answer(String id) {
        this.id = id;
        this.labelKey = "safeguarding.answer." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Whether the answer tells us something: "not sure" and "declined" leave the question open. */
    public boolean isKnown() {
        return this == YES || this == NO;
    }
}
