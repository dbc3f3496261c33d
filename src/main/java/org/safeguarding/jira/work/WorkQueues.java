package org.safeguarding.jira.work;

import java.util.List;
import java.util.Optional;
import org.safeguarding.referral.WorkQueue;

/** What needs the current user now, queue by queue, among the cases they may see. */
public interface WorkQueues {
    /** How many cases a queue lists when it shows them, before "all of them in Jira's issue navigator". */
    int FIRST = 5;

    /** Every queue, in {@link WorkQueue}'s order. */
    List<Listed> queues();

    /**
     * One queue: how many cases (negative when Jira could not count them), the first few, and its JQL for Jira's
     * issue navigator (empty where there is no navigator, or set-up has not recorded what the queue needs).
     */
    record Listed(WorkQueue queue, long count, List<Listed.Case> first, Optional<String> jql) {
        public Listed {
            first = List.copyOf(first);
        }

        /** A case in a list: its key, Jira's summary, and what a lead triages it by. */
        public record Case(String key, String summary, Triage triage) {
        }
    }
}
