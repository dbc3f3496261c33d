package org.safeguarding.jira.leads;

import com.atlassian.jira.issue.Issue;
import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.AppSettings;

/** The names of a case's safeguarding leads, for the people working on it to know whom to turn to. */
public interface CaseLeadNames {
    /**
     * @param shown the case an issue view shows, which the current user may see (checked by the caller first)
     * @param named the settings the view read
     * @return the first of the leads' names and how many more; nobody while the organisation names no lead group or
     *         role; empty when Jira could not say who they are (a look-up failed, or this Jira lacks part of its API)
     */
    Optional<Named> of(Issue shown, AppSettings named);

    /**
     * The first few leads' names in order, and how many more there are: a panel names a few, so it costs the same
     * with twenty leads as with two thousand.
     */
    record Named(List<String> first, int more) {
        /** How many names a panel shows. */
        public static final int SHOWN = 5;

        public Named {
            first = List.copyOf(first);
        }

        public static Named of(List<String> all) {
            int shown = Math.min(SHOWN, all.size());
            return new Named(all.subList(0, shown), all.size() - shown);
        }

        public boolean nobody() {
            return first.isEmpty();
        }
    }
}
