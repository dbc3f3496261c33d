package org.safeguarding.referral;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.screening.RiskLevel;

/**
 * When the case's safeguarding leads were told about it at once, about what, and whom that reached: none when no lead
 * could be told, and then the worker must tell their lead themselves.
 *
 * @param risk the case's risk level at that moment, so the record keeps what the risk was then; empty for a telling
 *             recorded before the app kept it
 */
public record LeadsTold(LeadAlert alert, Instant at, List<String> leads, Optional<RiskLevel> risk) {
    public LeadsTold {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(risk, "risk");
        leads = List.copyOf(leads);
    }
}
