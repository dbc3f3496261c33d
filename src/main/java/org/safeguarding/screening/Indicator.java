package org.safeguarding.screening;

/**
 * Signs of trafficking and modern slavery, paraphrased from the statutory guidance as local protocols, police and
 * NGOs publish it (domain reference §4.1, §4.2), and the ILO's eleven indicators of forced labour (§4.4, [S81]).
 * One sign does not prove exploitation, but it is a reason to be suspicious; the more signs, the more likely it is
 * ([S69]). Ids are "group.sign" and never change.
 */
public enum Indicator implements Identified {
    // physical
    PHYSICAL_ASSAULT_INJURIES("physical.assault-injuries", IndicatorGroup.PHYSICAL),
    PHYSICAL_UNTREATED_INJURIES("physical.untreated-injuries", IndicatorGroup.PHYSICAL),
    PHYSICAL_NEGLECTED("physical.neglected", IndicatorGroup.PHYSICAL),
    PHYSICAL_NO_MEDICAL_CARE("physical.no-medical-care", IndicatorGroup.PHYSICAL),
    PHYSICAL_SIGNS_OF_SEXUAL_ABUSE("physical.signs-of-sexual-abuse", IndicatorGroup.PHYSICAL),
    PHYSICAL_OWNERSHIP_TATTOOS("physical.ownership-tattoos", IndicatorGroup.PHYSICAL),
    PHYSICAL_UNSUITABLE_CLOTHING("physical.unsuitable-clothing", IndicatorGroup.PHYSICAL),
    PHYSICAL_FEW_POSSESSIONS("physical.few-possessions", IndicatorGroup.PHYSICAL),
    // psychological
    PSYCHOLOGICAL_FEARFUL("psychological.fearful", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_AVOIDS_EYE_CONTACT("psychological.avoids-eye-contact", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_AFRAID_OF_AUTHORITIES("psychological.afraid-of-authorities", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_AFRAID_OF_TRAFFICKER("psychological.afraid-of-trafficker", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_TRAUMA("psychological.trauma", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_DISTRUST("psychological.distrust", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_NOT_A_VICTIM("psychological.not-a-victim", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_INSTRUCTED_BY_OTHERS("psychological.instructed-by-others", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_PREPARED_STORY("psychological.prepared-story", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_HOSTILITY("psychological.hostility", IndicatorGroup.PSYCHOLOGICAL),
    PSYCHOLOGICAL_BOND_WITH_EXPLOITER("psychological.bond-with-exploiter", IndicatorGroup.PSYCHOLOGICAL),
    // A ritual ("juju") oath binds the person to repay and stay silent (Forced Migration Review, "Trafficking, ritual
    // oaths and criminal investigations"; domain reference §13.7).
    PSYCHOLOGICAL_BOUND_BY_OATH("psychological.bound-by-oath", IndicatorGroup.PSYCHOLOGICAL),
    // situational
    SITUATIONAL_DOCUMENTS_HELD("situational.documents-held", IndicatorGroup.SITUATIONAL),
    // The taxonomy's first situational sign is two (§4.1): held by someone else is offered as the ILO's retention of
    // documents, false documents on their own.
    SITUATIONAL_FALSE_DOCUMENTS("situational.false-documents", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_NO_MONEY("situational.no-money", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_LITTLE_OR_NO_PAY("situational.little-or-no-pay", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_DEBT("situational.debt", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_DEDUCTIONS("situational.deductions", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_THREATS("situational.threats", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_MOVEMENT_RESTRICTED("situational.movement-restricted", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_ODD_HOURS_TRANSPORT("situational.odd-hours-transport", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_TRAVEL_PAID_BY_OTHERS("situational.travel-paid-by-others", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_MOVED_AROUND("situational.moved-around", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_LIMITED_CONTACT("situational.limited-contact", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_NO_LOCAL_LANGUAGE("situational.no-local-language", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_DOES_NOT_KNOW_ADDRESS("situational.does-not-know-address", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_CANNOT_NAME_EMPLOYER("situational.cannot-name-employer", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_MISSING_FOR_PERIODS("situational.missing-for-periods", IndicatorGroup.SITUATIONAL),
    SITUATIONAL_BEGGING("situational.begging", IndicatorGroup.SITUATIONAL),
    // environmental
    ENVIRONMENTAL_POOR_HOUSING("environmental.poor-housing", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_LIVES_AT_WORK("environmental.lives-at-work", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_SLEEPS_AT_WORK("environmental.sleeps-at-work", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_MANY_UNRELATED_OCCUPANTS("environmental.many-unrelated-occupants", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_COVERED_WINDOWS("environmental.covered-windows", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_NIGHT_VISITORS("environmental.night-visitors", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_HIGH_RISK_WORKPLACE("environmental.high-risk-workplace", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_UNSAFE_WORK("environmental.unsafe-work", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_EXCESSIVE_HOURS("environmental.excessive-hours", IndicatorGroup.ENVIRONMENTAL),
    ENVIRONMENTAL_MOVED_BETWEEN_SITES("environmental.moved-between-sites", IndicatorGroup.ENVIRONMENTAL),
    // labour
    LABOUR_FRIGHTENED_OR_CONFUSED("labour.frightened-or-confused", IndicatorGroup.LABOUR),
    LABOUR_ALWAYS_ACCOMPANIED("labour.always-accompanied", IndicatorGroup.LABOUR),
    LABOUR_EMPLOYER_HOUSING("labour.employer-housing", IndicatorGroup.LABOUR),
    LABOUR_UNAWARE_OF_OWN_DETAILS("labour.unaware-of-own-details", IndicatorGroup.LABOUR),
    LABOUR_NO_CONTROL_OF_DOCUMENTS("labour.no-control-of-documents", IndicatorGroup.LABOUR),
    LABOUR_NO_PROTECTIVE_EQUIPMENT("labour.no-protective-equipment", IndicatorGroup.LABOUR),
    LABOUR_COACHED_GROUP("labour.coached-group", IndicatorGroup.LABOUR),
    LABOUR_NO_CONTRACT("labour.no-contract", IndicatorGroup.LABOUR),
    LABOUR_WAGE_PENALTIES("labour.wage-penalties", IndicatorGroup.LABOUR),
    LABOUR_HIGH_RISK_SECTOR("labour.high-risk-sector", IndicatorGroup.LABOUR),
    // sexual
    SEXUAL_GUARDED("sexual.guarded", IndicatorGroup.SEXUAL),
    SEXUAL_PHYSICAL_ABUSE("sexual.physical-abuse", IndicatorGroup.SEXUAL),
    SEXUAL_NO_CONTROL_OF_EARNINGS("sexual.no-control-of-earnings", IndicatorGroup.SEXUAL),
    SEXUAL_FORCED_SEXUAL_SERVICES("sexual.forced-sexual-services", IndicatorGroup.SEXUAL),
    SEXUAL_EMOTIONAL_TRAUMA("sexual.emotional-trauma", IndicatorGroup.SEXUAL),
    SEXUAL_MOVED_BETWEEN_LOCATIONS("sexual.moved-between-locations", IndicatorGroup.SEXUAL),
    SEXUAL_SLEEPS_AT_WORK("sexual.sleeps-at-work", IndicatorGroup.SEXUAL),
    SEXUAL_LIVES_IN_GROUP("sexual.lives-in-group", IndicatorGroup.SEXUAL),
    SEXUAL_WORK_CLOTHING_ONLY("sexual.work-clothing-only", IndicatorGroup.SEXUAL),
    SEXUAL_SEX_RELATED_WORDS_ONLY("sexual.sex-related-words-only", IndicatorGroup.SEXUAL),
    SEXUAL_OWNERSHIP_TATTOOS("sexual.ownership-tattoos", IndicatorGroup.SEXUAL),
    SEXUAL_NATIONALITY_ADVERTS("sexual.nationality-adverts", IndicatorGroup.SEXUAL),
    // criminal
    CRIMINAL_OFTEN_MISSING("criminal.often-missing", IndicatorGroup.CRIMINAL),
    CRIMINAL_ARRESTED_AWAY_FROM_HOME("criminal.arrested-away-from-home", IndicatorGroup.CRIMINAL),
    CRIMINAL_UNEXPLAINED_MONEY("criminal.unexplained-money", IndicatorGroup.CRIMINAL),
    CRIMINAL_SEVERAL_PHONES("criminal.several-phones", IndicatorGroup.CRIMINAL),
    CRIMINAL_UNKNOWN_KEYS("criminal.unknown-keys", IndicatorGroup.CRIMINAL),
    CRIMINAL_DRUGS_OR_WEAPONS("criminal.drugs-or-weapons", IndicatorGroup.CRIMINAL),
    CRIMINAL_CARS_WITH_UNKNOWN_ADULTS("criminal.cars-with-unknown-adults", IndicatorGroup.CRIMINAL),
    CRIMINAL_CONTROLLING_OLDER_RELATIONSHIPS("criminal.controlling-older-relationships", IndicatorGroup.CRIMINAL),
    CRIMINAL_UNUSUAL_TRAVEL("criminal.unusual-travel", IndicatorGroup.CRIMINAL),
    CRIMINAL_INJURED_AFTER_MISSING("criminal.injured-after-missing", IndicatorGroup.CRIMINAL),
    CRIMINAL_SELF_HARM_OR_WITHDRAWAL("criminal.self-harm-or-withdrawal", IndicatorGroup.CRIMINAL),
    CRIMINAL_FEAR_OF_REPRISALS("criminal.fear-of-reprisals", IndicatorGroup.CRIMINAL),
    CRIMINAL_CUCKOOING("criminal.cuckooing", IndicatorGroup.CRIMINAL),
    CRIMINAL_OTHER_FORCED_CRIME("criminal.other-forced-crime", IndicatorGroup.CRIMINAL),
    // domestic servitude
    DOMESTIC_WORKS_IN_PRIVATE_HOME("domestic-servitude.works-in-private-home", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_EATS_APART("domestic-servitude.eats-apart", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_NO_SLEEPING_PLACE("domestic-servitude.no-sleeping-place", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_ALWAYS_ON_CALL("domestic-servitude.always-on-call", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_NEVER_LEAVES_ALONE("domestic-servitude.never-leaves-alone", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_COMMUNICATION_RESTRICTED("domestic-servitude.communication-restricted", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_DOCUMENTS_HELD_BY_EMPLOYER("domestic-servitude.documents-held-by-employer", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_DRESSED_POORLY("domestic-servitude.dressed-poorly", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_MALNOURISHED("domestic-servitude.malnourished", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_CHILD_NOT_IN_SCHOOL("domestic-servitude.child-not-in-school", IndicatorGroup.DOMESTIC_SERVITUDE),
    DOMESTIC_ACCUSED_IF_ESCAPES("domestic-servitude.accused-if-escapes", IndicatorGroup.DOMESTIC_SERVITUDE),
    // The NRM form's household-work option "may involve forced marriage" [S15]; STOP THE TRAFFIK lists forced
    // marriage among forms of sexual exploitation [S69]; the leaflet names child brides (§13.7).
    DOMESTIC_FORCED_MARRIAGE("domestic-servitude.forced-marriage", IndicatorGroup.DOMESTIC_SERVITUDE),
    // organ removal
    ORGAN_ORGANS_REMOVED("organ-removal.organs-removed", IndicatorGroup.ORGAN_REMOVAL),
    // ilo forced labour
    ILO_ABUSE_OF_VULNERABILITY("ilo.abuse-of-vulnerability", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_DECEPTION("ilo.deception", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_RESTRICTION_OF_MOVEMENT("ilo.restriction-of-movement", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_ISOLATION("ilo.isolation", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_PHYSICAL_AND_SEXUAL_VIOLENCE("ilo.physical-and-sexual-violence", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_INTIMIDATION_AND_THREATS("ilo.intimidation-and-threats", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_RETENTION_OF_DOCUMENTS("ilo.retention-of-documents", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_WITHHOLDING_OF_WAGES("ilo.withholding-of-wages", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_DEBT_BONDAGE("ilo.debt-bondage", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_ABUSIVE_CONDITIONS("ilo.abusive-conditions", IndicatorGroup.ILO_FORCED_LABOUR),
    ILO_EXCESSIVE_OVERTIME("ilo.excessive-overtime", IndicatorGroup.ILO_FORCED_LABOUR);

    private final String id;
    private final String labelKey;
    private final IndicatorGroup group;

    Indicator(String id, IndicatorGroup group) {
        this.id = id;
        this.labelKey = "safeguarding.indicator." + id;
        this.group = group;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    public IndicatorGroup group() {
        return group;
    }
}
