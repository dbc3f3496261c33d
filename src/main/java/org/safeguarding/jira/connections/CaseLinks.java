package org.safeguarding.jira.connections;

import java.util.List;

/** Links cases in Jira with the app's own issue link type, so Jira's issue view, boards and JQL show them together. */
public interface CaseLinks {
    /**
     * What linking did: the pairs newly linked ("SG-1 and SG-2"), how many pairs were linked already, and what Jira
     * refused, in words.
     */
    record Linked(List<String> linked, int already, List<String> refused) {
        public Linked {
            linked = List.copyOf(linked);
            refused = List.copyOf(refused);
        }
    }

    /** Links every two of these cases, as the current user, each pair once; none while set-up has made no link type. */
    Linked linkEachPair(List<String> caseKeys);
}
