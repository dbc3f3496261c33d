package org.safeguarding.jira.setup;

import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;

/** Set-up's record kept in memory, counting saves. */
final class InMemorySetupStore implements SetupStore {
    private SetupIds ids = SetupIds.none();
    private int saves;

    @Override
    public SetupIds load() {
        return ids;
    }

    @Override
    public void save(SetupIds saved) {
        ids = saved;
        saves++;
    }

    int saves() {
        return saves;
    }
}
