package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** The UK GDPR Article 6 basis for one share (domain reference §8.2): for safeguarding usually public task (councils,
 * the NHS), legitimate interests (charities) or, since 19 June 2025, the recognised legitimate interest of
 * safeguarding; vital interests where a life is at risk; consent is rarely the right one. */
public enum LawfulBasis implements Identified {
    PUBLIC_TASK("public-task"),
    LEGITIMATE_INTERESTS("legitimate-interests"),
    RECOGNISED_LEGITIMATE_INTEREST("recognised-legitimate-interest"),
    VITAL_INTERESTS("vital-interests"),
    LEGAL_OBLIGATION("legal-obligation"),
    CONSENT("consent");

    private final String id;

    LawfulBasis(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.sharing.basis." + id;
    }
}
