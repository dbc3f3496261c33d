package org.safeguarding.jira.figures;

import java.util.List;
import org.safeguarding.referral.Figures;

/** Every case the current user may see, as the figures for trustees count it. */
public interface CaseFigures {
    /** @throws Unavailable when Jira cannot search now (its index being rebuilt, say): no figures beat wrong ones */
    List<Figures.CaseFacts> facts() throws Unavailable;

    /** Jira could not give every case: the figures would be wrong, so none are shown. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(Throwable cause) {
            super(cause);
        }
    }
}
