package org.safeguarding.jira.setup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one run of set-up did: what it created, what was already there, what went wrong, and how each step went. */
public final class SetupReport {
    private final List<String> created = new ArrayList<>();
    private final List<String> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<SetupRuns.Step> steps = new ArrayList<>();

    void created(String what) {
        created.add(what);
    }

    void found(String what) {
        found.add(what);
    }

    void problem(String what) {
        problems.add(what);
    }

    void step(SetupRuns.Step step) {
        steps.add(step);
    }

    public List<String> created() {
        return Collections.unmodifiableList(created);
    }

    public List<String> found() {
        return Collections.unmodifiableList(found);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Each step that ran or was held back, in the order set-up takes them. */
    public List<SetupRuns.Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }
}
