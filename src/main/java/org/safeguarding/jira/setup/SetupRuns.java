package org.safeguarding.jira.setup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The latest run of set-up, kept for every node's administration page: when it started and finished (none while it
 * runs), who asked (nobody when Jira started), and how each step went.
 */
public interface SetupRuns {
    /** How one step went. */
    enum Outcome {
        /** Everything in place. */
        DONE,
        /** The step ran and said what it could not do. */
        PROBLEM,
        /** Jira refused, or lacks part of the API the step uses: an exception or a linkage error. */
        FAILED,
        /** Not run: it needs a step that did not finish. */
        SKIPPED,
        /** Not run: it needs an administrator to run set-up from the administration page. */
        WAITING
    }

    record Step(SetupStep step, Outcome outcome, List<String> problems) {
        public Step {
            problems = List.copyOf(problems);
        }
    }

    record Run(Instant startedAt, Instant finishedAt, String byUserKey, List<Step> steps) {
        public Run {
            steps = List.copyOf(steps);
        }

        public boolean running() {
            return finishedAt == null;
        }

        public boolean complete() {
            return !running() && steps.stream().allMatch(step -> step.outcome() == Outcome.DONE);
        }
    }

    Optional<Run> latest();

    void save(Run run);
}
