package org.safeguarding.jira.records;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A case closed through the referral workflow, for the retention report; marked when reopened. */
@Table("ClosedCase")
public interface ClosedCaseEntity extends Entity {
    @NotNull
    String getCaseKey();

    void setCaseKey(String caseKey);

    /** An ISO-8601 date. */
    @NotNull
    String getClosedOn();

    void setClosedOn(String day);

    /** An ISO-8601 date, or null when the case closed without one. */
    String getReviewOn();

    void setReviewOn(String day);

    boolean getReopened();

    void setReopened(boolean reopened);
}
