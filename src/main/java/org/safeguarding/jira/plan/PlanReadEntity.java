package org.safeguarding.jira.plan;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One member of staff and one version of the safeguarding plan: when they were asked to read it, and when they did. */
@Table("PlanRead")
public interface PlanReadEntity extends Entity {
    /** Indexed: each page that may ask reads the user's rows by it. */
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** The plan's fingerprint ({@link PlanStore.Saved#version()}). */
    @NotNull
    String getPlanVersion();

    void setPlanVersion(String version);

    /** An ISO-8601 instant. */
    @NotNull
    String getAskedAt();

    void setAskedAt(String instant);

    /** An ISO-8601 instant, or null until they say they have read it. */
    String getReadAt();

    void setReadAt(String instant);
}
