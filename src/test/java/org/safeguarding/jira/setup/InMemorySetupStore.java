package org.safeguarding.jira.setup;

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
