package org.safeguarding.jira.directory;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change to the directory, appended and never edited: what was done to which entry, by whom, when, and how it read. */
@Table("ResourceChange")
public interface ResourceChangeEntity extends Entity {
    @NotNull
    String getResourceId();

    void setResourceId(String resourceId);

    /** created, updated or retired. */
    @NotNull
    String getAction();

    void setAction(String action);

    @NotNull
    String getChangedBy();

    void setChangedBy(String userKey);

    /** An ISO-8601 instant. */
    @NotNull
    String getChangedAt();

    void setChangedAt(String instant);

    /** The entry as it read after the change, as JSON. */
    @StringLength(StringLength.UNLIMITED)
    String getSnapshot();

    void setSnapshot(String json);
}
