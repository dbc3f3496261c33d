package org.safeguarding.jira.sharing;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One entry of a case's agency and sharing log ({@link org.safeguarding.referral.AgencyShare}), appended and never
 * edited, except that anonymising the case replaces its words about the person. Values are the domain's ids; days and
 * instants ISO-8601; the long texts unlimited, as Active Objects' default of 255 characters would cut them. The
 * record of the decision (the columns from DECISION on) was added in version 1.1: rows logged before have none. A
 * decision not to share has no channel, basis or condition; those columns, NOT NULL since the first version, hold
 * {@link AoAgencyLog#NOT_SHARED} for it.
 */
@Table("AgencyShare")
public interface AgencyShareEntity extends Entity {
    /** Indexed: a case's log is read by it. */
    @NotNull
    @Indexed
    String getCaseKey();

    void setCaseKey(String caseKey);

    @NotNull
    String getRecordedBy();

    void setRecordedBy(String userKey);

    @NotNull
    String getRecordedAt();

    void setRecordedAt(String instant);

    @NotNull
    String getAgency();

    void setAgency(String agencyId);

    String getAgencyName();

    void setAgencyName(String name);

    @NotNull
    String getSharedOn();

    void setSharedOn(String day);

    @NotNull
    String getChannel();

    void setChannel(String channelId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getWhatShared();

    void setWhatShared(String text);

    @NotNull
    String getLawfulBasis();

    void setLawfulBasis(String basisId);

    @NotNull
    String getSpecialCondition();

    void setSpecialCondition(String conditionId);

    @NotNull
    boolean getWithConsent();

    void setWithConsent(boolean withConsent);

    @StringLength(StringLength.UNLIMITED)
    String getWithoutConsentBecause();

    void setWithoutConsentBecause(String text);

    String getTheirReference();

    void setTheirReference(String reference);

    /** The id of the entry of the same case this one corrects, or null. */
    Long getCorrects();

    void setCorrects(Long entryId);

    /** "shared" or "not-shared"; null on rows logged before the app recorded the decision. */
    String getDecision();

    void setDecision(String decision);

    @StringLength(StringLength.UNLIMITED)
    String getPurpose();

    void setPurpose(String text);

    String getDecidedBy();

    void setDecidedBy(String who);

    boolean getPersonTold();

    void setPersonTold(boolean told);

    @StringLength(StringLength.UNLIMITED)
    String getNotToldBecause();

    void setNotToldBecause(String text);

    @StringLength(StringLength.UNLIMITED)
    String getNotSharedBecause();

    void setNotSharedBecause(String text);

    String getAgreementReference();

    void setAgreementReference(String reference);

    boolean getUrgent();

    void setUrgent(boolean urgent);

    String getCriminalCondition();

    void setCriminalCondition(String conditionId);
}
