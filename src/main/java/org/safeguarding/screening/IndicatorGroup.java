package org.safeguarding.screening;

/** How the indicator taxonomy is grouped on screen and in the guide (domain reference §4.1, §4.2, §4.4). */
public enum IndicatorGroup implements Identified {
    PHYSICAL("physical"),
    PSYCHOLOGICAL("psychological"),
    SITUATIONAL("situational"),
    ENVIRONMENTAL("environmental"),
    LABOUR("labour"),
    SEXUAL("sexual"),
    CRIMINAL("criminal"),
    DOMESTIC_SERVITUDE("domestic-servitude"),
    ORGAN_REMOVAL("organ-removal"),
    ILO_FORCED_LABOUR("ilo");

    private final String id;
    private final String labelKey;

    IndicatorGroup(String id) {
        this.id = id;
        this.labelKey = "safeguarding.indicator-group." + id;
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
