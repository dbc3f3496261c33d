package org.safeguarding.referral;

import org.safeguarding.screening.Identified;

/**
 * The steps of the "Safeguarding referral" workflow, following the UK pathway (domain reference §5). Immediate
 * danger and Missing can be reached from any open step. Words: {@code safeguarding.step.<id>} and its description.
 */
public enum ReferralStep implements Identified {
    CONCERN_RAISED("concern-raised"),
    SCREENING("screening"),
    LEAD_REVIEW("lead-review"),
    REFERRED("referred"),
    AWAITING_REASONABLE_GROUNDS("awaiting-reasonable-grounds"),
    RECOVERY_AND_SUPPORT("recovery-and-support"),
    AWAITING_CONCLUSIVE_GROUNDS("awaiting-conclusive-grounds"),
    MOVE_ON("move-on"),
    CLOSED("closed"),
    IMMEDIATE_DANGER("immediate-danger"),
    MISSING("missing");

    private final String id;
    private final String labelKey;

    ReferralStep(String id) {
        this.id = id;
        this.labelKey = "safeguarding.step." + id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public String descriptionKey() {
        return labelKey() + ".description";
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
