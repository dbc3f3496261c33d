package org.safeguarding.screening;

import java.util.List;

/** A conclusion with its reason and the recorded answers that triggered it. */
public record Finding(Reason reason, List<Trigger> triggers) {
    public Finding {
        if (reason == null) {
            throw new IllegalArgumentException("a finding needs a reason");
        }
        if (triggers == null || triggers.isEmpty()) {
            throw new IllegalArgumentException("a finding needs the answers that triggered it: " + reason);
        }
        triggers = List.copyOf(triggers);
    }
}
