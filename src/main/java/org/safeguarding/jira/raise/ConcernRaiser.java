package org.safeguarding.jira.raise;

import java.util.List;
import java.util.Optional;
import org.safeguarding.jira.cases.CaseValues;

/** Raises a new Safeguarding concern for the current user, as Jira's own Create would, with what is known so far. */
public interface ConcernRaiser {
    /** The projects where the current user may raise a concern now: ready ones in which Jira lets them create. */
    List<Place> places();

    /** Whether the current user may raise a concern in this project now, asking about it alone. */
    boolean mayRaiseIn(String projectKey);

    /**
     * Raises the concern; one where someone is in danger now goes straight on to Immediate danger, which tells the
     * leads it is urgent.
     *
     * @param projectKey one of {@link #places()}
     * @param values     the case's fields as the worker answered them; the leads' own fields are never among them
     * @return the new case's key, or why Jira did not create it, in Jira's words
     */
    Raised raise(String projectKey, String summary, CaseValues values);

    /** A project a concern can be raised in. */
    record Place(String key, String name) {
    }

    /**
     * The new case's key; or, when there is none, why.
     *
     * @param urgent whether the case went straight to Immediate danger, its leads told it is urgent
     */
    record Raised(Optional<String> key, List<String> problems, boolean urgent) {
        public Raised {
            problems = List.copyOf(problems);
        }

        public static Raised as(String key) {
            return new Raised(Optional.of(key), List.of(), false);
        }

        public static Raised urgently(String key) {
            return new Raised(Optional.of(key), List.of(), true);
        }

        public static Raised refused(List<String> problems) {
            return new Raised(Optional.empty(), problems, false);
        }
    }
}
