package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/** Whom a case's information was shared with: the agencies of the referral pathway, each with its own reference
 * (an NRM or Duty to Notify reference, a crime number, a MASH or Gateway reference, a provider's or guardian's). */
public enum Agency implements Identified {
    HOME_OFFICE_NRM("home-office-nrm"),
    HOME_OFFICE_DUTY_TO_NOTIFY("home-office-duty-to-notify"),
    POLICE("police"),
    CHILD_PROTECTION("child-protection"),
    GUARDIAN("guardian"),
    SUPPORT_PROVIDER("support-provider"),
    HEALTH("health"),
    HOUSING("housing"),
    OTHER("other");

    private final String id;
    private final String labelKey;

    Agency(String id) {
        this.id = id;
        this.labelKey = "safeguarding.sharing.agency." + id;
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
