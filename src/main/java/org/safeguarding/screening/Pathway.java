package org.safeguarding.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What to do next, in order, following the UK referral pathway (domain reference §5): 999 first when anyone is in
 * danger; tell the safeguarding lead; then the child route (children's services and police, always an NRM
 * referral, a guardian where the service exists) or the adult route (explain the NRM and ask consent; refer with
 * consent; without it, the Duty to Notify or a safety plan); then support, interpreting and the practical steps.
 */
final class Pathway {
    private static final String ORGANISATION_FRO = "organisation.firstResponder";
    private static final String ORGANISATION_DUTY = "organisation.dutyToNotify";

    private final Screening screening;
    private final Organisation organisation;
    private final AgeFinding age;
    private final RiskLevel level;
    private final List<Finding> levelReasons;
    private final Completeness completeness;
    private final List<Contradiction> contradictions;
    private final List<Recommendation> recommendations = new ArrayList<>();

    Pathway(Screening screening, Organisation organisation, AgeFinding age, List<Finding> levelReasons,
            Completeness completeness, List<Contradiction> contradictions) {
        this.screening = screening;
        this.organisation = organisation;
        this.age = age;
        this.levelReasons = levelReasons;
        this.level = RiskRules.level(levelReasons.get(0));
        this.completeness = completeness;
        this.contradictions = contradictions;
    }

    List<Recommendation> recommendations() {
        danger();
        if (level == RiskLevel.NOT_ENOUGH_INFORMATION) {
            // Someone who will not or cannot answer may be too afraid to: that is information for the lead too.
            recommend(Action.TELL_SAFEGUARDING_LEAD, Reason.NOT_ENOUGH_INFORMATION_TELL_LEAD, levelTriggers());
        }
        if (level.isConcern()) {
            recommend(Action.TELL_SAFEGUARDING_LEAD, Reason.SAFEGUARDING_PLAN, levelTriggers());
            ageChecks();
            if (age.isChild()) {
                childRoute();
            } else if (age.isAdult()) {
                adultRoute();
            }
            comingOfAge();
        }
        supportAndPracticalSteps();
        if (!contradictions.isEmpty()) {
            recommend(Action.CHECK_CONTRADICTIONS, Reason.CONTRADICTION, contradictions.stream()
                    .flatMap(contradiction -> contradiction.triggers().stream()).distinct().toList());
        }
        if (!completeness.isComplete()) {
            recommend(Action.ASK_REMAINING_QUESTIONS, Reason.QUESTIONS_OPEN, completeness.open());
        }
        if (!level.isConcern()) {
            recommend(Action.KEEP_DOOR_OPEN, Reason.KEEP_DOOR_OPEN, levelTriggers());
        }
        return recommendations;
    }

    private void danger() {
        Optional<Answer> danger = screening.dangerNow();
        String field = Completeness.dangerField(screening);
        if (danger.filter(Answer.YES::equals).isPresent()) {
            recommend(Action.CALL_999, Reason.DANGER_NOW, List.of(Trigger.of(field, Answer.YES)));
        } else if (danger.filter(Answer.NO::equals).isEmpty()) {
            recommend(Action.CHECK_DANGER, Reason.DANGER_UNKNOWN, List.of(danger
                    .map(answer -> Trigger.of(field, answer)).orElse(Trigger.unanswered(field))));
        }
    }

    private void ageChecks() {
        if (!age.isKnown()) {
            recommend(Action.FIND_OUT_AGE, Reason.AGE_UNKNOWN, age.triggers());
        } else if (age.isDoubtful()) {
            recommend(Action.REQUEST_AGE_ASSESSMENT, Reason.AGE_NOT_SURE, age.triggers());
        }
    }

    /**
     * Children are protected by their own nation's bodies and get its guardian (domain reference §13.2): always
     * child protection and the police first, then the NRM referral (no consent is needed).
     */
    private void childRoute() {
        List<Trigger> childTriggers = age.triggers();
        List<Trigger> withNation = RiskRules.concat(childTriggers, List.of(nationTrigger()));
        Optional<Nation> nation = screening.nation();
        Step protection = childProtection(nation);
        recommend(protection.action(), protection.reason(), RiskRules.concat(withNation, supportNeedTriggers(false)));
        recommend(Action.TELL_POLICE, nation.map(Pathway::childPoliceReason).orElse(Reason.CHILD_POLICE),
                withNation);
        if (screening.indicatorsSeen().contains(Indicator.DOMESTIC_FORCED_MARRIAGE)) {
            // The leaflet's "child brides": the Forced Marriage Unit beside children's services and the police (§14.5).
            recommend(Action.CONTACT_FORCED_MARRIAGE_UNIT, Reason.CHILD_FORCED_MARRIAGE, RiskRules.concat(childTriggers,
                    List.of(Trigger.of("indicatorsSeen", Indicator.DOMESTIC_FORCED_MARRIAGE))));
        }
        if (organisation.firstResponder()) {
            recommend(Action.MAKE_NRM_REFERRAL, Reason.CHILD_ALWAYS_REFERRED, withOrganisation(childTriggers, true));
        } else if (nation.filter(Nation.NORTHERN_IRELAND::equals).isPresent()) {
            // Northern Ireland's councils have no child-protection role: its Trusts and the PSNI refer.
            recommend(Action.ASK_TRUST_OR_PSNI_FOR_NRM_REFERRAL, Reason.CHILD_REFERRED_BY_TRUST_OR_PSNI,
                    withOrganisation(withNation, false));
        } else {
            recommend(Action.ASK_FRO_FOR_NRM_REFERRAL, Reason.CHILD_REFERRED_BY_FRO,
                    withOrganisation(childTriggers, false));
        }
        nation.map(Pathway::childGuardian).ifPresent(guardian ->
                recommend(guardian.action(), guardian.reason(), withNation));
    }

    /** One step of a nation's route and why. */
    private record Step(Action action, Reason reason) {
    }

    private static Step childProtection(Optional<Nation> nation) {
        return nation.map(known -> switch (known) {
            case ENGLAND, WALES -> new Step(Action.REFER_TO_CHILDRENS_SERVICES, Reason.CHILD_SERVICES_FIRST);
            case SCOTLAND -> new Step(Action.REFER_TO_SOCIAL_WORK, Reason.CHILD_SOCIAL_WORK_SCOTLAND);
            case NORTHERN_IRELAND -> new Step(Action.REFER_TO_GATEWAY_TEAM, Reason.CHILD_GATEWAY_NORTHERN_IRELAND);
        }).orElse(new Step(Action.REFER_TO_CHILD_PROTECTION, Reason.CHILD_SERVICES_NATION_UNKNOWN));
    }

    private static Step childGuardian(Nation nation) {
        return switch (nation) {
            case ENGLAND, WALES -> new Step(Action.REFER_TO_CHILD_GUARDIAN, Reason.CHILD_GUARDIAN);
            case SCOTLAND -> new Step(Action.ASK_FOR_GUARDIANSHIP_SCOTLAND, Reason.CHILD_GUARDIAN_SCOTLAND);
            case NORTHERN_IRELAND -> new Step(Action.ASK_FOR_INDEPENDENT_GUARDIAN,
                    Reason.CHILD_GUARDIAN_NORTHERN_IRELAND);
        };
    }

    private static Reason childPoliceReason(Nation nation) {
        return switch (nation) {
            case ENGLAND, WALES -> Reason.CHILD_POLICE;
            case SCOTLAND -> Reason.CHILD_POLICE_SCOTLAND;
            case NORTHERN_IRELAND -> Reason.CHILD_POLICE_NORTHERN_IRELAND;
        };
    }

    /**
     * Turning 18 changes the support, and a child in the NRM who turns 18 before the conclusive-grounds decision must
     * agree to stay in it (gov.uk NRM child to adult transition, 13 Feb 2026; domain reference §13.5).
     */
    private void comingOfAge() {
        if (age.turnsEighteenSoon()) {
            recommend(Action.PLAN_FOR_EIGHTEENTH_BIRTHDAY, Reason.TURNING_18, age.triggers());
        } else if (age.turnedEighteenSinceRecorded()) {
            recommend(Action.ASK_CONSENT_TO_STAY_IN_NRM, Reason.TURNED_18, age.triggers());
        }
    }

    private void adultRoute() {
        Consent consent = screening.consent().orElse(Consent.NOT_ASKED_YET);
        List<Trigger> triggers = RiskRules.concat(age.triggers(), List.of(screening.consent()
                .map(value -> Trigger.of(Completeness.CONSENT, value))
                .orElse(Trigger.unanswered(Completeness.CONSENT))));
        switch (consent) {
            case GIVEN -> {
                if (organisation.firstResponder()) {
                    recommend(Action.MAKE_NRM_REFERRAL, Reason.CONSENT_GIVEN_FRO, withOrganisation(triggers, true));
                } else {
                    recommend(Action.REFER_THROUGH_FRO_OR_HELPLINE, Reason.CONSENT_GIVEN_NOT_FRO,
                            withOrganisation(triggers, false));
                }
            }
            case REFUSED -> refusedAdult(triggers);
            case UNABLE -> unableAdult(RiskRules.concat(triggers, List.of(nationTrigger())));
            default -> recommend(Action.EXPLAIN_NRM_AND_ASK_CONSENT, Reason.ADULT_CONSENT_NEEDED, triggers);
        }
    }

    /**
     * An adult who lacks capacity to decide about a referral: never a refusal, so never the Duty to Notify in place of
     * a referral. Someone decides in their best interests where the law provides for it, and the local authority (in
     * Northern Ireland the HSC Trust) is told of an adult at risk, as each nation's law says (§14.2).
     */
    private void unableAdult(List<Trigger> triggers) {
        Optional<Nation> nation = screening.nation();
        if (nation.isEmpty()) {
            recommend(Action.RAISE_ADULT_SAFEGUARDING_CONCERN, Reason.UNABLE_NATION_UNKNOWN, triggers);
        } else {
            switch (nation.get()) {
                case ENGLAND -> bestInterests(Reason.UNABLE_BEST_INTERESTS_ENGLAND_WALES, Reason.ADULT_CONCERN_ENGLAND,
                        triggers);
                case WALES -> bestInterests(Reason.UNABLE_BEST_INTERESTS_ENGLAND_WALES, Reason.ADULT_CONCERN_WALES,
                        triggers);
                case SCOTLAND -> bestInterests(Reason.UNABLE_INCAPACITY_SCOTLAND, Reason.ADULT_CONCERN_SCOTLAND,
                        triggers);
                // The Mental Capacity Act (NI) 2016 is only partly in force: no best-interests step rests on it.
                case NORTHERN_IRELAND -> recommend(Action.RAISE_ADULT_SAFEGUARDING_CONCERN,
                        Reason.ADULT_CONCERN_NORTHERN_IRELAND, triggers);
            }
        }
        recommend(Action.OFFER_SUPPORT_WITHOUT_NRM, Reason.SUPPORT_WITHOUT_NRM, triggers);
    }

    /**
     * An adult who says no to a referral: a public authority in England or Wales still notifies the Home Office
     * (anonymously), but a notification alone helps nobody, so the refusal and a safety plan, signposting and the
     * support that needs no referral follow in every nation [S7] (domain reference §13.1). Scotland and Northern
     * Ireland have no duty in force.
     */
    private void refusedAdult(List<Trigger> triggers) {
        Optional<Nation> nation = organisation.nationOf(screening);
        boolean dutyApplies = organisation.dutyToNotify() && nation.map(Nation::hasDutyToNotify).orElse(false);
        if (organisation.dutyToNotify() && nation.isEmpty()) {
            // Never the notification before the nation is known to be England or Wales (§14.5).
            recommend(Action.RECORD_NATION_FOR_DUTY, Reason.DUTY_NEEDS_NATION, RiskRules.concat(triggers,
                    List.of(Trigger.unanswered(Completeness.NATION))));
        }
        List<Trigger> withDuty = RiskRules.concat(triggers,
                List.of(new Trigger(ORGANISATION_DUTY, yesNo(organisation.dutyToNotify()))));
        if (dutyApplies) {
            recommend(Action.SUBMIT_DUTY_TO_NOTIFY, Reason.CONSENT_REFUSED_DUTY,
                    RiskRules.concat(withDuty, List.of(Trigger.of(Completeness.NATION, nation.get()))));
        }
        recommend(Action.RECORD_REFUSAL_AND_SAFETY_PLAN, Reason.CONSENT_REFUSED_NO_DUTY, withDuty);
        recommend(Action.OFFER_SUPPORT_WITHOUT_NRM, Reason.SUPPORT_WITHOUT_NRM, triggers);
    }

    /**
     * Where the law lets someone decide for them: that decision, or once it is recorded the referral as for an adult
     * who agreed, saying who decided; and the adult safeguarding concern either way.
     */
    private void bestInterests(Reason decide, Reason concern, List<Trigger> triggers) {
        if (screening.bestInterests().isEmpty()) {
            recommend(Action.TAKE_BEST_INTERESTS_DECISION, decide, triggers);
        } else {
            List<Trigger> decided = RiskRules.concat(triggers, List.of(new Trigger("bestInterests", "recorded")));
            boolean ourselves = organisation.firstResponder();
            recommend(ourselves ? Action.MAKE_NRM_REFERRAL : Action.REFER_THROUGH_FRO_OR_HELPLINE,
                    Reason.BEST_INTERESTS_DECIDED, withOrganisation(decided, ourselves));
        }
        recommend(Action.RAISE_ADULT_SAFEGUARDING_CONCERN, concern, triggers);
    }

    private void supportAndPracticalSteps() {
        // Each urgent need its own step: medical care, a bed for the night and food come from different services.
        for (SupportNeed need : SupportNeed.values()) {
            if (need.isUrgent() && screening.supportNeeds().contains(need)) {
                List<Trigger> asked = List.of(Trigger.of("supportNeeds", need));
                switch (need) {
                    case MEDICAL_HELP -> recommend(Action.GET_MEDICAL_HELP, Reason.URGENT_MEDICAL_HELP, asked);
                    case SAFE_PLACE_TO_STAY -> recommend(Action.FIND_SAFE_PLACE_TO_STAY, Reason.URGENT_SAFE_PLACE,
                            asked);
                    case FOOD -> recommend(Action.PROVIDE_FOOD, Reason.URGENT_FOOD, asked);
                    default -> throw new IllegalStateException("an urgent need without its step: " + need);
                }
            }
        }
        boolean refused = screening.consent().filter(Consent.REFUSED::equals).isPresent();
        if (level.isConcern() && age.isAdult() && !refused && !screening.supportNeeds().isEmpty()) {
            recommend(Action.REFER_FOR_VICTIM_CARE, victimCareReason(), RiskRules.concat(supportNeedTriggers(false),
                    List.of(nationTrigger())));
        }
        List<Trigger> interpreting = interpretingTriggers();
        if (!interpreting.isEmpty()) {
            recommend(Action.BOOK_INTERPRETER, Reason.INTERPRETER, interpreting);
        }
        screening.answer(Question.OTHERS_AFFECTED).filter(Answer.YES::equals).ifPresent(answer ->
                recommend(Action.REPORT_OTHERS_AT_RISK, Reason.OTHERS_AT_RISK,
                        List.of(Trigger.of(Question.OTHERS_AFFECTED, answer))));
        boolean serious = level == RiskLevel.IMMEDIATE_DANGER || level == RiskLevel.HIGH
                || (level.isConcern() && age.isChild());
        if (serious && !screening.policeDescription().isUsable()) {
            recommend(Action.RECORD_DESCRIPTION_FOR_POLICE, Reason.DESCRIPTION_FOR_POLICE,
                    List.of(Trigger.unanswered("policeDescription")));
        }
        if (level.isConcern() && screening.safeToContact().isEmpty()) {
            recommend(Action.AGREE_SAFE_CONTACT, Reason.NO_SAFE_CONTACT, List.of(Trigger.unanswered("safeToContact")));
        }
    }

    private Trigger nationTrigger() {
        return screening.nation().map(nation -> Trigger.of(Completeness.NATION, nation))
                .orElse(Trigger.unanswered(Completeness.NATION));
    }

    /**
     * England and Wales support every adult through one service; Scotland and Northern Ireland through one for women
     * (in Scotland, women trafficked for sexual exploitation) and another for other adults (§13.3). Without a
     * recorded gender both are named.
     */
    private Reason victimCareReason() {
        Optional<Gender> gender = screening.gender().filter(value -> value != Gender.PREFER_NOT_TO_SAY);
        return screening.nation().map(nation -> switch (nation) {
            case ENGLAND, WALES -> Reason.VICTIM_CARE_ENGLAND_WALES;
            case SCOTLAND -> gender.map(this::scottishVictimCare).orElse(Reason.VICTIM_CARE_SCOTLAND);
            case NORTHERN_IRELAND -> gender.map(known -> known == Gender.FEMALE
                    ? Reason.VICTIM_CARE_NORTHERN_IRELAND_WOMENS_AID
                    : Reason.VICTIM_CARE_NORTHERN_IRELAND_MIGRANT_HELP).orElse(Reason.VICTIM_CARE_NORTHERN_IRELAND);
        }).orElse(Reason.VICTIM_CARE_NATION_UNKNOWN);
    }

    private Reason scottishVictimCare(Gender gender) {
        return gender == Gender.FEMALE && sexuallyExploited() ? Reason.VICTIM_CARE_SCOTLAND_TARA
                : Reason.VICTIM_CARE_SCOTLAND_MIGRANT_HELP;
    }

    private boolean sexuallyExploited() {
        return screening.exploitationTypes().stream()
                .anyMatch(type -> type.category() == ExploitationCategory.SEXUAL);
    }

    private List<Trigger> supportNeedTriggers(boolean urgentOnly) {
        return screening.supportNeeds().stream().filter(need -> !urgentOnly || need.isUrgent())
                .map(need -> Trigger.of("supportNeeds", need)).collect(Collectors.toList());
    }

    private List<Trigger> interpretingTriggers() {
        List<Trigger> triggers = new ArrayList<>();
        screening.interpreterNeeded().filter(Answer.YES::equals)
                .ifPresent(answer -> triggers.add(Trigger.of("interpreterNeeded", answer)));
        if (screening.supportNeeds().contains(SupportNeed.INTERPRETER)) {
            triggers.add(Trigger.of("supportNeeds", SupportNeed.INTERPRETER));
        }
        if (screening.barriers().contains(Barrier.LANGUAGE)) {
            triggers.add(Trigger.of("barriers", Barrier.LANGUAGE));
        }
        return triggers;
    }

    private List<Trigger> levelTriggers() {
        return levelReasons.stream().flatMap(finding -> finding.triggers().stream()).distinct().toList();
    }

    private static List<Trigger> withOrganisation(List<Trigger> triggers, boolean firstResponder) {
        return RiskRules.concat(triggers, List.of(new Trigger(ORGANISATION_FRO, yesNo(firstResponder))));
    }

    private static String yesNo(boolean value) {
        return value ? Answer.YES.id() : Answer.NO.id();
    }

    private void recommend(Action action, Reason reason, List<Trigger> triggers) {
        recommendations.add(new Recommendation(action, new Finding(reason, triggers)));
    }
}
