package org.safeguarding.screening;

/** How much of what the assessment needs has been answered; open questions lower it. */
public enum Confidence implements Identified {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String id;
    private final String labelKey;

    Confidence(String id) {
        this.id = id;
        this.labelKey = "safeguarding.confidence." + id;
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
