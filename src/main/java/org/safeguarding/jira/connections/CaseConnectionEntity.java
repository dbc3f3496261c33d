package org.safeguarding.jira.connections;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One case and another it shares a marker with, one row each way: what a case's view reads in one indexed look-up,
 * however many markers either case has. Kept by {@link AoCaseMarkers} with the markers, in the same transaction, so
 * it never says more or less than the markers do.
 */
@Table("CaseConnection")
public interface CaseConnectionEntity extends Entity {
    /** Indexed: a case's connections are read by it. */
    @NotNull
    @Indexed
    String getCaseKey();

    void setCaseKey(String caseKey);

    @NotNull
    String getOtherCaseKey();

    void setOtherCaseKey(String otherCaseKey);
}
