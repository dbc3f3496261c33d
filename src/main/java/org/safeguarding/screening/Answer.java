package org.safeguarding.screening;

/** An answer to a yes-or-no screening question. "Declined" respects a person who does not want to say. */
public enum Answer implements Identified {
    YES("yes"),
    NO("no"),
    NOT_SURE("not-sure"),
    DECLINED("declined");

    private final String id;

    Answer(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.answer." + id;
    }

    /** Whether the answer tells us something: "not sure" and "declined" leave the question open. */
    public boolean isKnown() {
        return this == YES || this == NO;
    }
}
