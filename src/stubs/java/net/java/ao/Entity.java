// Source: Active Objects net.java.ao.Entity, a RawEntity<Integer> with the auto-increment id getID();
// shared/reference/jira-platform.md §2.6. Subset (the real getter carries @AutoIncrement @NotNull @PrimaryKey).
package net.java.ao;

public interface Entity extends RawEntity<Integer> {
    int getID();
}
