package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;

/**
 * What an admin tells the app about the organisation and its safeguarding arrangements.
 *
 * @param nations         the UK nations the organisation works in; empty until said
 * @param firstResponder  a First Responder Organisation, allowed to make NRM referrals itself
 * @param dutyToNotify    a public authority with the Duty to Notify (Modern Slavery Act 2015 s52)
 * @param leadGroup       the Jira group whose members are safeguarding leads, or null for none
 * @param leadProjectRole the project role whose members are leads in their projects, or null for none
 * @param retentionYears  how many years after closing a case is kept before it is reviewed for disposal, from the
 *                        organisation's retention schedule; null until set, as the law sets no period
 * @param assignToLeadOnDuty whether a new concern is assigned to its project's lead on duty, when one is
 * @param organisationType what kind of organisation it is, which decides the lawful bases it may share on; null until
 *                         said
 * @param policyDocument   the address of the organisation's appropriate policy document, which the Schedule 1 Part 2
 *                         conditions for sharing rest on (DPA 2018 Sch 1 para 5); null until given
 * @param organisationName the organisation's name as police and agencies know it; null until given
 * @param callBackNumber   the number police and agencies call the organisation back on about a case, as people dial
 *                         it; null until given
 */
public record AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                          String leadProjectRole, Integer retentionYears, boolean assignToLeadOnDuty,
                          OrganisationType organisationType, String policyDocument, String organisationName,
                          String callBackNumber, String staffGroup, Integer trainingRefresherMonths,
                          Integer staffRecordsMonths) {
    /** Until an admin says otherwise: the choices that never recommend a referral the organisation may not make. */
    public static final AppSettings DEFAULTS = new AppSettings(Set.of(), false, false, null, null, null);

    public AppSettings {
        nations = Set.copyOf(nations);
    }

    /** Settings that leave new concerns unassigned, as Jira leaves them. */
    public AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                       String leadProjectRole, Integer retentionYears) {
        this(nations, firstResponder, dutyToNotify, leadGroup, leadProjectRole, retentionYears, false);
    }

    /** Settings that do not yet say what kind of organisation it is. */
    public AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                       String leadProjectRole, Integer retentionYears, boolean assignToLeadOnDuty) {
        this(nations, firstResponder, dutyToNotify, leadGroup, leadProjectRole, retentionYears, assignToLeadOnDuty,
                null);
    }

    /** Settings that link no appropriate policy document yet. */
    public AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                       String leadProjectRole, Integer retentionYears, boolean assignToLeadOnDuty,
                       OrganisationType organisationType) {
        this(nations, firstResponder, dutyToNotify, leadGroup, leadProjectRole, retentionYears, assignToLeadOnDuty,
                organisationType, null);
    }

    /** Settings that give no name or call-back number for the organisation yet. */
    public AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                       String leadProjectRole, Integer retentionYears, boolean assignToLeadOnDuty,
                       OrganisationType organisationType, String policyDocument) {
        this(nations, firstResponder, dutyToNotify, leadGroup, leadProjectRole, retentionYears, assignToLeadOnDuty,
                organisationType, policyDocument, null, null);
    }

    /** Settings that keep staff records for as long as the app is installed. */
    public AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                       String leadProjectRole, Integer retentionYears, boolean assignToLeadOnDuty,
                       OrganisationType organisationType, String policyDocument, String organisationName,
                       String callBackNumber, String staffGroup, Integer trainingRefresherMonths) {
        this(nations, firstResponder, dutyToNotify, leadGroup, leadProjectRole, retentionYears, assignToLeadOnDuty,
                organisationType, policyDocument, organisationName, callBackNumber, staffGroup,
                trainingRefresherMonths, null);
    }

    /** Settings that set no period after which staff training is due again. */
    public AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                       String leadProjectRole, Integer retentionYears, boolean assignToLeadOnDuty,
                       OrganisationType organisationType, String policyDocument, String organisationName,
                       String callBackNumber, String staffGroup) {
        this(nations, firstResponder, dutyToNotify, leadGroup, leadProjectRole, retentionYears, assignToLeadOnDuty,
                organisationType, policyDocument, organisationName, callBackNumber, staffGroup, (Integer) null);
    }

    /** Settings that name no group of the staff who raise concerns yet. */
    public AppSettings(Set<Nation> nations, boolean firstResponder, boolean dutyToNotify, String leadGroup,
                       String leadProjectRole, Integer retentionYears, boolean assignToLeadOnDuty,
                       OrganisationType organisationType, String policyDocument, String organisationName,
                       String callBackNumber) {
        this(nations, firstResponder, dutyToNotify, leadGroup, leadProjectRole, retentionYears, assignToLeadOnDuty,
                organisationType, policyDocument, organisationName, callBackNumber, (String) null);
    }

    /**
     * The lawful bases the organisation may share on: every one until an admin says what kind of organisation it is,
     * then only those its kind may use.
     */
    public Set<LawfulBasis> lawfulBases() {
        return organisationType == null ? EnumSet.allOf(LawfulBasis.class) : organisationType.lawfulBases();
    }

    /** The day to review keeping a case closed on the given day, by the retention period; empty while none is set. */
    public Optional<LocalDate> retentionReviewAfterClosing(LocalDate closedOn) {
        return Optional.ofNullable(retentionYears).map(closedOn::plusYears);
    }

    /**
     * Whether a printed page for the person or the public can say how to reach the organisation: its name and its
     * number both, since a name without a number gives them no way back.
     */
    public boolean reachable() {
        return organisationName != null && callBackNumber != null;
    }

    public Organisation organisation() {
        return new Organisation(firstResponder, dutyToNotify, onlyNation());
    }

    /** The nation, when the organisation works in one only. */
    public Optional<Nation> onlyNation() {
        return nations.size() == 1 ? nations.stream().findFirst() : Optional.empty();
    }
}
