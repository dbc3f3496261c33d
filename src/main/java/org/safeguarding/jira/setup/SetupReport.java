package org.safeguarding.jira.setup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What one run of set-up did: what it created, what was already there, and what went wrong. */
public final class SetupReport {
    private final List<String> created = new ArrayList<>();
    private final List<String> found = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    void created(String what) {
        created.add(what);
    }

    void found(String what) {
        found.add(what);
    }

    void problem(String what) {
        problems.add(what);
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

    public boolean isComplete() {
        return problems.isEmpty();
    }
}
