package org.safeguarding.referral;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When the case's safeguarding leads were last told about it at once, about what, and whom that reached: none when no
 * lead could be told, and then the worker must tell their lead themselves.
 */
public record LeadsTold(LeadAlert alert, Instant at, List<String> leads) {
    public LeadsTold {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(at, "at");
        leads = List.copyOf(leads);
    }
}
