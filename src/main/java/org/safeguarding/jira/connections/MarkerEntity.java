package org.safeguarding.jira.connections;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One marker on a case ({@link org.safeguarding.referral.Marker}): its kind's id, the words as the lead typed them and
 * its key (unlimited: 200 characters of another script can be more than Active Objects' default 255 units), the
 * fingerprint it is matched by, who recorded it and when (ISO-8601).
 */
@Table("CaseMarker")
public interface MarkerEntity extends Entity {
    /** Indexed: a case's markers are read by it. */
    @NotNull
    @Indexed
    String getCaseKey();

    void setCaseKey(String caseKey);

    @NotNull
    String getKind();

    void setKind(String kindId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getShown();

    void setShown(String shown);

    /** The key the marker is matched by, as worked out when it was recorded (a later version's rules may differ). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getNormalised();

    void setNormalised(String key);

    /** Indexed, 64 hex digits: another case's markers with the same kind and key are found by one look-up. */
    @NotNull
    @Indexed
    String getMatchKey();

    void setMatchKey(String matchKey);

    @NotNull
    String getRecordedBy();

    void setRecordedBy(String userKey);

    @NotNull
    String getRecordedAt();

    void setRecordedAt(String instant);
}
