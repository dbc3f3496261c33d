package org.safeguarding.jira.staff;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One course a member of staff completed, as a lead recorded it: appended, never edited. */
@Table("StaffTraining")
public interface TrainingEntity extends Entity {
    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** The course's id ({@code stop-the-traffik}, {@code organisation}, {@code e-learning}). */
    @NotNull
    String getCourse();

    void setCourse(String course);

    /** An ISO-8601 day. */
    @NotNull
    String getCompletedOn();

    void setCompletedOn(String day);

    /** The user key of the lead or admin who recorded it. */
    @NotNull
    String getRecordedBy();

    void setRecordedBy(String userKey);

    /** An ISO-8601 instant. */
    @NotNull
    String getRecordedAt();

    void setRecordedAt(String instant);
}
