package org.safeguarding.screening;

/** How serious a concern looks. "Not enough information" is a level of its own: missing answers never mean low. */
public enum RiskLevel implements Identified {
    IMMEDIATE_DANGER("immediate-danger"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low"),
    NOT_ENOUGH_INFORMATION("not-enough-information");

    private final String id;
    private final String labelKey;

    RiskLevel(String id) {
        this.id = id;
        this.labelKey = "safeguarding.risk." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Whether there is a concern to act on: signs of exploitation, or danger. */
    public boolean isConcern() {
        return this == IMMEDIATE_DANGER || this == HIGH || this == MEDIUM;
    }
}
