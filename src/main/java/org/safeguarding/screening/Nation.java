package org.safeguarding.screening;

/** The UK nation where the concern is raised: support services and timescales differ between them. */
public enum Nation implements Identified {
    ENGLAND("england"),
    WALES("wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String id;
    private final String labelKey;

    Nation(String id) {
        this.id = id;
        this.labelKey = "safeguarding.nation." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /**
     * Whether a Duty to Notify is in force here: only in England and Wales (Modern Slavery Act 2015 s52); Scotland's
     * s38 and Northern Ireland's s13 have not been commenced (domain reference §13.1).
     */
    public boolean hasDutyToNotify() {
        return this == ENGLAND || this == WALES;
    }
}
