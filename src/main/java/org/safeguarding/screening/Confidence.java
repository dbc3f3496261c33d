package org.safeguarding.screening;

/** How much of what the assessment needs has been answered; open questions lower it. */
public enum Confidence implements Identified {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String id;

    Confidence(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.confidence." + id;
    }
}
