package org.safeguarding.screening;

/**
 * The person's gender, as the NRM form asks it, plus "prefer not to say"; an empty field is "not recorded". Scotland
 * and Northern Ireland support women and other adults through different services (domain reference §13.6).
 */
public enum Gender implements Identified {
    FEMALE("female"),
    MALE("male"),
    NEITHER_MALE_NOR_FEMALE("neither-male-nor-female"),
    PREFER_NOT_TO_SAY("prefer-not-to-say");

    private final String id;
    private final String labelKey;

    Gender(String id) {
        this.id = id;
        this.labelKey = "safeguarding.gender." + id;
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
