package org.safeguarding.jira.setup;

import java.util.function.UnaryOperator;

/**
 * Keeps the record and the report of one set-up run together: every creation is saved at once, so a failure later
 * in the run never loses what was already made, and the next run finds it instead of making it again.
 */
final class SetupRecorder {
    private final SetupStore store;
    private final SetupReport report = new SetupReport();
    private SetupIds ids;

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

    private void save(UnaryOperator<SetupIds> record) {
        SetupIds updated = record.apply(ids);
        if (!updated.asMap().equals(ids.asMap())) {
            ids = updated;
            store.save(ids);
        }
    }
}
