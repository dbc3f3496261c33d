// Source: Active Objects net.java.ao.RawEntity<T>; shared/reference/jira-platform.md §2.6. Subset.
package net.java.ao;

public interface RawEntity<T> {
    void save();
}
