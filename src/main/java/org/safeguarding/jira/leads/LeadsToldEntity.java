package org.safeguarding.jira.leads;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One telling of a case's safeguarding leads, appended by the app and never edited: which case, about what, when, and
 * whom it reached. Kept in the app's own store, not on the issue, where anyone who may edit the case could rewrite it.
 */
@Table("LeadsTold")
public interface LeadsToldEntity extends Entity {
    /** Indexed: the issue view reads the case's latest telling by it. */
    @NotNull
    @Indexed
    String getCaseKey();

    void setCaseKey(String caseKey);

    /** The alert's id, such as {@code missing}. */
    @NotNull
    String getAlert();

    void setAlert(String alert);

    /** An ISO-8601 instant. */
    @NotNull
    String getToldAt();

    void setToldAt(String instant);

    /** The leads' names as a JSON array, none when nobody could be told: a group can outgrow any fixed width. */
    @StringLength(StringLength.UNLIMITED)
    String getLeads();

    void setLeads(String leadsJson);

    /** The risk level's id at the telling, such as {@code high}; none in rows written before the app kept it. */
    String getRisk();

    void setRisk(String risk);
}
