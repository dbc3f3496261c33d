package org.safeguarding.screening;

/** What can stop a person engaging: the leaflet's list, supported by current sources (domain reference §4.6). */
public enum Barrier implements Identified {
    FEAR("fear"),
    LANGUAGE("language"),
    DISTRUST_OF_AUTHORITY("distrust-of-authority"),
    LACK_OF_KNOWLEDGE("lack-of-knowledge"),
    CULTURAL_BELIEFS("cultural-beliefs"),
    SHAME("shame"),
    EXPECTED_TREATMENT("expected-treatment"),
    HOPELESSNESS("hopelessness"),
    LOYALTY_TO_TRAFFICKER("loyalty-to-trafficker"),
    ISOLATION("isolation"),
    POVERTY("poverty"),
    NOT_YET_READY("not-yet-ready");

    private final String id;
    private final String labelKey;

    Barrier(String id) {
        this.id = id;
        this.labelKey = "safeguarding.barrier." + id;
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
