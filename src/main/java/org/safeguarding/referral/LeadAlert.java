package org.safeguarding.referral;

import java.util.Arrays;
import java.util.Optional;
import org.safeguarding.screening.Identified;

/**
 * What the case's safeguarding leads are told about at once, by the transition that does it: a new concern, someone
 * in immediate danger, someone missing. Words: {@code safeguarding.alert.<id>} for the case history and
 * {@code safeguarding.mail.alert.<id>.subject} and {@code .body} for the message, which carries no personal data.
 */
public enum LeadAlert implements Identified {
    CONCERN_RAISED("concern-raised", "create", ReferralStep.CONCERN_RAISED),
    IMMEDIATE_DANGER("immediate-danger", "immediate-danger", ReferralStep.IMMEDIATE_DANGER),
    MISSING("missing", "report-missing", ReferralStep.MISSING);

    private final String id;
    private final String labelKey;
    private final String transition;
    private final ReferralStep step;

    LeadAlert(String id, String transition, ReferralStep step) {
        this.id = id;
        this.labelKey = "safeguarding.alert." + id;
        this.transition = transition;
        this.step = step;
    }

    /** The alert a transition of the referral workflow raises, by the transition's {@code safeguarding.transition}. */
    public static Optional<LeadAlert> raisedBy(String transition) {
        return Arrays.stream(values()).filter(alert -> alert.transition.equals(transition)).findFirst();
    }

    /** The status the transition that raises this alert ends in. */
    public ReferralStep step() {
        return step;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public String subjectKey() {
        return "safeguarding.mail.alert." + id + ".subject";
    }

    public String bodyKey() {
        return "safeguarding.mail.alert." + id + ".body";
    }
}
