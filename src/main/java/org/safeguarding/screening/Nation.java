package org.safeguarding.screening;

/** The UK nation where the concern is raised: support services and timescales differ between them. */
public enum Nation implements Identified {
    ENGLAND("england"),
    WALES("wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String id;

    Nation(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.nation." + id;
    }
}
