package org.safeguarding.jira.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.Figures;

/** Every case the current user may see, as the figures for trustees count it. */
public interface CaseFigures {
    /** @throws Unavailable when Jira cannot search now (its index being rebuilt, say): no figures beat wrong ones */
    List<Figures.CaseFacts> facts() throws Unavailable;

    /** The day the first case the user may see was raised: what says which years there are, without every case. */
    default Optional<LocalDate> firstRaised() throws Unavailable {
        return facts().stream().map(Figures.CaseFacts::raised).min(LocalDate::compareTo);
    }

    /** Jira could not give every case: the figures would be wrong, so none are shown. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(Throwable cause) {
            super(cause);
        }
    }
}
