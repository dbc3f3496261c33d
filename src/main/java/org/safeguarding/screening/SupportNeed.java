package org.safeguarding.screening;

/**
 * What the person needs now: the leaflet's list (medical help, immigration advice, a safe place to stay), with the
 * support the Modern Slavery Victim Care Contract offers (domain reference §4.7, [S32]).
 */
public enum SupportNeed implements Identified {
    MEDICAL_HELP("medical-help", true),
    SAFE_PLACE_TO_STAY("safe-place-to-stay", true),
    FOOD("food", true),
    IMMIGRATION_ADVICE("immigration-advice", false),
    LEGAL_ADVICE("legal-advice", false),
    INTERPRETER("interpreter", false),
    FINANCIAL_SUPPORT("financial-support", false),
    COUNSELLING("counselling", false),
    SUPPORT_FOR_CHILDREN("support-for-children", false);

    private final String id;
    private final String labelKey;
    private final boolean urgent;

    SupportNeed(String id, boolean urgent) {
        this.id = id;
        this.labelKey = "safeguarding.support-need." + id;
        this.urgent = urgent;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Needs to meet today: emergency housing and medical care can be requested straight away ([S9]). */
    public boolean isUrgent() {
        return urgent;
    }
}
