package org.safeguarding.referral;

import java.util.Locale;
import org.safeguarding.screening.Identified;

/** Where a member of staff learnt to spot and respond to trafficking, as the guidance asks that staff are trained. */
public enum TrainingCourse implements Identified {
    /** STOP THE TRAFFIK's own training, which the guidance the app grew from offers. */
    STOP_THE_TRAFFIK,
    /** The organisation's own session. */
    ORGANISATION,
    E_LEARNING;

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String labelKey() {
        return "safeguarding.training.course." + id();
    }
}
