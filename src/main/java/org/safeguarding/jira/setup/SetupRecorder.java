package org.safeguarding.jira.setup;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;

/**
 * Keeps the record and the report of one set-up run together: every creation is saved at once, so a failure later
 * in the run never loses what was already made, and the next run finds it instead of making it again. Each step runs
 * on its own ({@link #step}): an exception, or a linkage error from a part of Jira's API this Jira lacks, ends only
 * that step, and the report says which and why.
 */
final class SetupRecorder {
    private final SetupStore store;
    private final SetupReport report = new SetupReport();
    private SetupIds ids;
    private boolean waiting;

    SetupRecorder(SetupStore store) {
        this.store = store;
        this.ids = store.load();
    }

    SetupIds ids() {
        return ids;
    }

    SetupReport report() {
        return report;
    }

    void created(String what, UnaryOperator<SetupIds> record) {
        report.created(what);
        save(record);
    }

    void found(String what, UnaryOperator<SetupIds> record) {
        report.found(what);
        save(record);
    }

    void problem(String what) {
        report.problem(what);
    }

    /** The step cannot run until an administrator runs set-up: said as a problem, and the step is waiting. */
    void waitingForAdmin(String what) {
        report.problem(what);
        waiting = true;
    }

    /** Runs one step; empty when it did not finish, so the steps that need it can be skipped. */
    <T> Optional<T> step(SetupStep step, Supplier<T> work) {
        int problemsBefore = report.problems().size();
        waiting = false;
        try {
            T result = work.get();
            List<String> problems = report.problems().subList(problemsBefore, report.problems().size());
            report.step(new SetupRuns.Step(step, waiting ? SetupRuns.Outcome.WAITING
                    : problems.isEmpty() ? SetupRuns.Outcome.DONE : SetupRuns.Outcome.PROBLEM, problems));
            return Optional.ofNullable(result);
        } catch (RuntimeException | LinkageError e) {
            String problem = step.id() + ": " + (e instanceof LinkageError
                    ? "this Jira lacks part of the API this step uses (" + e + ")"
                    : "Jira refused it (" + e + ")");
            report.problem(problem);
            report.step(new SetupRuns.Step(step, SetupRuns.Outcome.FAILED,
                    report.problems().subList(problemsBefore, report.problems().size())));
            return Optional.empty();
        }
    }

    /** Runs one step that gives nothing back; whether it finished. */
    boolean run(SetupStep step, Runnable work) {
        return step(step, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** A step not run because the self-check found a part of Jira's API it needs missing. */
    void switchedOff(SetupStep step, String why) {
        String problem = step.id() + ": not run, " + why;
        report.problem(problem);
        report.step(new SetupRuns.Step(step, SetupRuns.Outcome.FAILED, List.of(problem)));
    }

    /** A step not run because a step it needs did not finish. */
    void skipped(SetupStep step, SetupStep needs) {
        String problem = step.id() + ": not run, it needs the step " + needs.id() + ", which did not finish";
        report.problem(problem);
        report.step(new SetupRuns.Step(step, SetupRuns.Outcome.SKIPPED, List.of(problem)));
    }

    private void save(UnaryOperator<SetupIds> record) {
        SetupIds updated = record.apply(ids);
        if (!updated.asMap().equals(ids.asMap())) {
            ids = updated;
            store.save(ids);
        }
    }
}
