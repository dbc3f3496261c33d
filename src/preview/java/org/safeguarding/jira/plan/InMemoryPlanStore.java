package org.safeguarding.jira.plan;

import java.util.Optional;

/** The safeguarding plan kept in memory, for the preview host and the tests: empty until saved, as in Jira. */
public final class InMemoryPlanStore implements PlanStore {
    private volatile Saved saved;

    @Override
    public Optional<Saved> read() {
        return Optional.ofNullable(saved);
    }

    @Override
    public void save(Saved plan) {
        saved = plan;
    }
}
