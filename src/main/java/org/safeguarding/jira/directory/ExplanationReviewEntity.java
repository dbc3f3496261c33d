package org.safeguarding.jira.directory;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A fluent speaker's check of one language's explanations, as an admin recorded it. Appended, never edited: the
 * latest for a language is the one shown.
 */
@Table("ExplanationReview")
public interface ExplanationReviewEntity extends Entity {
    /** The language's tag, such as sq. */
    @NotNull
    String getLanguage();

    void setLanguage(String tag);

    /** Who checked the translation, in the admin's words ("Arta Krasniqi, interpreter"). */
    @NotNull
    String getReviewedBy();

    void setReviewedBy(String reviewer);

    /** Year-month-day. */
    @NotNull
    String getReviewedOn();

    void setReviewedOn(String day);

    /** The admin who recorded it. */
    @NotNull
    String getRecordedBy();

    void setRecordedBy(String userKey);

    /** An ISO-8601 instant. */
    @NotNull
    String getRecordedAt();

    void setRecordedAt(String instant);
}
