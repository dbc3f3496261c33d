package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** The separate condition special-category and criminal-offence data need (UK GDPR Article 9 and 10, DPA 2018
 * Schedule 1; domain reference §8.1 and §8.2): for safeguarding usually Schedule 1 paragraph 18, "safeguarding of
 * children and of individuals at risk", which applies when consent cannot be given, cannot reasonably be obtained, or
 * asking would prejudice the protection. */
public enum SharingCondition implements Identified {
    SAFEGUARDING("safeguarding"),
    VITAL_INTERESTS("vital-interests"),
    EXPLICIT_CONSENT("explicit-consent"),
    NONE_NEEDED("none-needed");

    private final String id;

    SharingCondition(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return "safeguarding.sharing.condition." + id;
    }
}
