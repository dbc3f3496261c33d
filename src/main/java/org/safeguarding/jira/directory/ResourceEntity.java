package org.safeguarding.jira.directory;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One directory entry as Active Objects stores it. Lists are stored as text (nations comma-separated ids,
 * languages one per line) and the check date as year-month-day, so the table stays plain on every database.
 */
@Table("Resource")
public interface ResourceEntity extends Entity {
    @NotNull
    String getResourceId();

    void setResourceId(String resourceId);

    @NotNull
    String getName();

    void setName(String name);

    String getPhone();

    void setPhone(String phone);

    @StringLength(StringLength.MAX_LENGTH)
    String getUrl();

    void setUrl(String url);

    String getNations();

    void setNations(String nations);

    @NotNull
    String getAudience();

    void setAudience(String audience);

    @NotNull
    String getCategory();

    void setCategory(String category);

    @StringLength(StringLength.MAX_LENGTH)
    String getLanguages();

    void setLanguages(String languages);

    @NotNull
    String getVerifiedOn();

    void setVerifiedOn(String verifiedOn);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getSource();

    void setSource(String source);

    @StringLength(StringLength.UNLIMITED)
    String getNotes();

    void setNotes(String notes);

    /** The genders the service is for, their ids comma-separated; empty or none for anyone. */
    String getGenders();

    void setGenders(String genders);

    boolean isRetired();

    void setRetired(boolean retired);
}
