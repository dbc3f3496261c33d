package org.safeguarding.jira.cases;

/** Where {@link SetupIds} are kept: shared by every node of a cluster. */
public interface SetupStore {
    SetupIds load();

    void save(SetupIds ids);
}
