package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/**
 * The separate condition special-category data (UK GDPR Article 9) and criminal-offence data (Article 10) need, from
 * DPA 2018 Schedule 1 (domain reference §8.1, §8.2, §14.4): for safeguarding usually paragraph 18, "safeguarding of
 * children and of individuals at risk"; for telling the police usually paragraph 10, "preventing or detecting unlawful
 * acts". The conditions of Schedule 1 Part 2 need the organisation's appropriate policy document (paragraph 5).
 * Schedule 8 is for competent authorities' law-enforcement processing only, so it is not offered.
 */
public enum SharingCondition implements Identified {
    /** Sch 1 para 18. */
    SAFEGUARDING("safeguarding", true),
    /** Sch 1 para 10. */
    PREVENTING_UNLAWFUL_ACTS("preventing-unlawful-acts", true),
    /** Sch 1 para 6. */
    STATUTORY_PURPOSES("statutory-purposes", true),
    /** Sch 1 para 19: the economic well-being of someone at risk ("wages taken"). */
    ECONOMIC_WELLBEING("economic-wellbeing", true),
    /** Sch 1 para 2, a Part 1 condition. */
    HEALTH_OR_SOCIAL_CARE("health-or-social-care", false),
    /** Article 9(2)(c). */
    VITAL_INTERESTS("vital-interests", false),
    /** Article 9(2)(a). */
    EXPLICIT_CONSENT("explicit-consent", false),
    /** Article 9(2)(f). */
    LEGAL_CLAIMS("legal-claims", false),
    NONE_NEEDED("none-needed", false);

    private final String id;
    private final String labelKey;
    private final boolean needsPolicyDocument;

    SharingCondition(String id, boolean needsPolicyDocument) {
        this.id = id;
        this.labelKey = "safeguarding.sharing.condition." + id;
        this.needsPolicyDocument = needsPolicyDocument;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Whether it is a Schedule 1 Part 2 condition, which needs an appropriate policy document (para 5). */
    public boolean needsPolicyDocument() {
        return needsPolicyDocument;
    }
}
