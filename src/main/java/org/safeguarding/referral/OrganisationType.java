package org.safeguarding.referral;

import java.util.EnumSet;
import java.util.Set;
import org.safeguarding.screening.Identified;

/**
 * What kind of organisation the app serves, as UK GDPR sees it when it shares (safeguarding-domain.md §14.4): a public
 * authority (council, NHS body, police, school) may use neither legitimate interests nor the recognised legitimate
 * interest for its tasks (Art 6(1), closing words, as amended by the Data (Use and Access) Act 2025 s70(2)(c)); a
 * charity or voluntary body, or any other organisation, may.
 */
public enum OrganisationType implements Identified {
    PUBLIC_AUTHORITY("public-authority"),
    CHARITY("charity"),
    OTHER("other");

    private final String id;
    private final String labelKey;

    OrganisationType(String id) {
        this.id = id;
        this.labelKey = "safeguarding.organisation-type." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The lawful bases this kind of organisation may rely on to share. */
    public Set<LawfulBasis> lawfulBases() {
        return this == PUBLIC_AUTHORITY
                ? EnumSet.of(LawfulBasis.PUBLIC_TASK, LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTERESTS)
                : EnumSet.allOf(LawfulBasis.class);
    }
}
