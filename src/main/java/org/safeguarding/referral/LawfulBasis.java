package org.safeguarding.referral;

import java.time.LocalDate;
import org.safeguarding.screening.Identified;

/**
 * The UK GDPR Article 6 basis for one share (domain reference §8.2, §14.4): for safeguarding usually public task
 * (councils, the NHS, the police), legitimate interests or, from 5 February 2026, the recognised legitimate interest of
 * safeguarding (charities; never a public authority for its tasks, {@link OrganisationType}); vital interests where a
 * life is at risk; consent is rarely the right one.
 */
public enum LawfulBasis implements Identified {
    PUBLIC_TASK("public-task"),
    LEGITIMATE_INTERESTS("legitimate-interests"),
    RECOGNISED_LEGITIMATE_INTEREST("recognised-legitimate-interest"),
    VITAL_INTERESTS("vital-interests"),
    LEGAL_OBLIGATION("legal-obligation"),
    CONSENT("consent");

    private final String id;
    private final String labelKey;

    LawfulBasis(String id) {
        this.id = id;
        this.labelKey = "safeguarding.sharing.basis." + id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * The day the recognised legitimate interest began: Data (Use and Access) Act 2025 s70, commenced by SI 2026/82
     * reg 2(c), not Royal Assent (19 June 2025).
     */
    public static final LocalDate RECOGNISED_FROM = LocalDate.of(2026, 2, 5);

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** Whether a share on this day could rely on this basis: the recognised legitimate interest only from its start. */
    public boolean existedOn(LocalDate day) {
        return this != RECOGNISED_LEGITIMATE_INTEREST || !day.isBefore(RECOGNISED_FROM);
    }
}
