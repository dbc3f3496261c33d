package org.safeguarding.jira.accesslog;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One access to a safeguarding case, appended and never edited: which case, who, when, what. */
@Table("AccessLog")
public interface AccessLogEntity extends Entity {
    /** Indexed: a lead's issue view reads the case's latest entries by it. */
    @NotNull
    @Indexed
    String getCaseKey();

    void setCaseKey(String caseKey);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    /** An ISO-8601 instant. */
    @NotNull
    String getAccessedAt();

    void setAccessedAt(String instant);

    /** viewed or exported. */
    @NotNull
    String getWhat();

    void setWhat(String kind);

    /** An i18n key saying which page or export, or null. */
    String getDetail();

    void setDetail(String detailKey);
}
