package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.safeguarding.screening.Screenings.CHARITY;
import static org.safeguarding.screening.Screenings.COUNCIL;
import static org.safeguarding.screening.Screenings.FIRST_RESPONDER;
import static org.safeguarding.screening.Screenings.TODAY;
import static org.safeguarding.screening.Screenings.actions;
import static org.safeguarding.screening.Screenings.answeredWithNoSigns;
import static org.safeguarding.screening.Screenings.assess;
import static org.safeguarding.screening.Screenings.recommendation;
import static org.safeguarding.screening.Screenings.withOneSign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class AssessorPathwayTest {
    private static final Action[] CHILD_PROTECTION = {Action.REFER_TO_CHILDRENS_SERVICES, Action.REFER_TO_SOCIAL_WORK,
        Action.REFER_TO_GATEWAY_TEAM, Action.REFER_TO_CHILD_PROTECTION};
    private static final Action[] CHILD_GUARDIANS = {Action.REFER_TO_CHILD_GUARDIAN,
        Action.ASK_FOR_GUARDIANSHIP_SCOTLAND, Action.ASK_FOR_INDEPENDENT_GUARDIAN};

    @Test
    public void assess_shouldRecommend999FirstWhenInImmediateDanger() {
        Assessment assessment = assess(withOneSign().immediateDanger(Answer.YES));

        assertThat(assessment.recommendations().get(0).action(), is(Action.CALL_999));
        assertThat(assessment.recommendations().get(0).why().reason(), is(Reason.DANGER_NOW));
        assertThat(assessment.recommendations().get(1).action(), is(Action.TELL_SAFEGUARDING_LEAD));
    }

    @Test
    public void assess_shouldNoLongerRecommend999OnceTheLatestCheckFoundNobodyInDanger() {
        Assessment assessment = assess(withOneSign().immediateDanger(Answer.YES).dangerChecked(Answer.NO));

        assertThat(actions(assessment), not(hasItem(Action.CALL_999)));
    }

    @Test
    public void assess_shouldAskToCheckForDangerWhenTheLatestCheckWasNotSure() {
        Assessment assessment = assess(withOneSign().immediateDanger(Answer.YES).dangerChecked(Answer.NOT_SURE));

        assertThat(assessment.recommendations().get(0).action(), is(Action.CHECK_DANGER));
        assertThat(assessment.recommendations().get(0).why().triggers(),
                contains(new Trigger("dangerChecked", "not-sure")));
    }

    @Test
    public void assess_shouldAskToCheckForDangerFirstWhenNobodyKnows() {
        Assessment assessment = assess(withOneSign().immediateDanger(Answer.NOT_SURE));

        assertThat(assessment.recommendations().get(0).action(), is(Action.CHECK_DANGER));
        assertThat(assessment.recommendations().get(0).why().triggers(),
                contains(new Trigger("immediateDanger", "not-sure")));
    }

    @Test
    public void assess_shouldAskToCheckForDangerWhenTheQuestionWasNotAsked() {
        Assessment assessment = assess(withOneSign().immediateDanger(null));

        assertThat(recommendation(assessment, Action.CHECK_DANGER).why().triggers(),
                contains(Trigger.unanswered("immediateDanger")));
    }

    @Test
    public void assess_shouldSendEveryConcernToTheSafeguardingLead() {
        assertThat(actions(assess(withOneSign())), hasItem(Action.TELL_SAFEGUARDING_LEAD));
        assertThat(actions(assess(answeredWithNoSigns())), not(hasItem(Action.TELL_SAFEGUARDING_LEAD)));
    }

    @Test
    public void assess_shouldTellTheLeadWhenEveryQuestionWasDeclinedForDecliningIsInformation() {
        Screening.Builder declined = Screening.builder().immediateDanger(Answer.DECLINED);
        for (Question question : Question.values()) {
            declined.answer(question, Answer.DECLINED);
        }

        Assessment assessment = assess(declined);

        assertThat(assessment.level(), is(RiskLevel.NOT_ENOUGH_INFORMATION));
        assertThat(recommendation(assessment, Action.TELL_SAFEGUARDING_LEAD).why().reason(),
                is(Reason.NOT_ENOUGH_INFORMATION_TELL_LEAD));
        assertThat("danger is still checked first", actions(assessment).get(0), is(Action.CHECK_DANGER));
    }

    @Test
    public void assess_shouldFollowTheChildRouteWithoutAskingConsent() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).consent(Consent.NOT_ASKED_YET));

        assertThat(actions(assessment), contains(Action.TELL_SAFEGUARDING_LEAD, Action.REFER_TO_CHILDRENS_SERVICES,
                Action.TELL_POLICE, Action.ASK_FRO_FOR_NRM_REFERRAL, Action.REFER_TO_CHILD_GUARDIAN,
                Action.RECORD_DESCRIPTION_FOR_POLICE));
        assertThat(recommendation(assessment, Action.ASK_FRO_FOR_NRM_REFERRAL).why().reason(),
                is(Reason.CHILD_REFERRED_BY_FRO));
    }

    @Test
    public void assess_shouldLetAFirstResponderReferAChildThemselves() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18), FIRST_RESPONDER);

        Recommendation referral = recommendation(assessment, Action.MAKE_NRM_REFERRAL);
        assertThat(referral.why().reason(), is(Reason.CHILD_ALWAYS_REFERRED));
        assertThat(referral.why().triggers(), hasItem(new Trigger("organisation.firstResponder", "yes")));
    }

    /**
     * Each nation protects children through its own bodies (domain reference §13.2): the local authority's children's
     * services in England and Wales, the council's social work in Scotland, the Health and Social Care Trust's
     * Gateway team in Northern Ireland; and its own guardian: the Independent Child Trafficking Guardians, Guardianship
     * Scotland, the Independent Guardian Service.
     */
    @Test
    public void assess_shouldSendAChildToTheirOwnNationsChildProtectionPoliceAndGuardian() {
        assertChildRoute(Nation.ENGLAND, Action.REFER_TO_CHILDRENS_SERVICES, Reason.CHILD_SERVICES_FIRST,
                Reason.CHILD_POLICE, Action.REFER_TO_CHILD_GUARDIAN, Reason.CHILD_GUARDIAN);
        assertChildRoute(Nation.WALES, Action.REFER_TO_CHILDRENS_SERVICES, Reason.CHILD_SERVICES_FIRST,
                Reason.CHILD_POLICE, Action.REFER_TO_CHILD_GUARDIAN, Reason.CHILD_GUARDIAN);
        assertChildRoute(Nation.SCOTLAND, Action.REFER_TO_SOCIAL_WORK, Reason.CHILD_SOCIAL_WORK_SCOTLAND,
                Reason.CHILD_POLICE_SCOTLAND, Action.ASK_FOR_GUARDIANSHIP_SCOTLAND, Reason.CHILD_GUARDIAN_SCOTLAND);
        assertChildRoute(Nation.NORTHERN_IRELAND, Action.REFER_TO_GATEWAY_TEAM,
                Reason.CHILD_GATEWAY_NORTHERN_IRELAND, Reason.CHILD_POLICE_NORTHERN_IRELAND,
                Action.ASK_FOR_INDEPENDENT_GUARDIAN, Reason.CHILD_GUARDIAN_NORTHERN_IRELAND);
    }

    /**
     * §14.5: a child facing forced marriage (the leaflet's "child brides") gets the Forced Marriage Unit beside
     * children's services and the police, in every nation; an adult's case and a child's without the sign do not.
     */
    @Test
    public void assess_shouldAddTheForcedMarriageUnitBesideChildProtectionAndPoliceForAChildFacingForcedMarriage() {
        for (Nation nation : Nation.values()) {
            Assessment child = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).nation(nation)
                    .indicatorsSeen(List.of(Indicator.DOMESTIC_FORCED_MARRIAGE)));

            List<Action> actions = actions(child);
            assertThat(nation.name(), actions.indexOf(Action.CONTACT_FORCED_MARRIAGE_UNIT),
                    is(actions.indexOf(Action.TELL_POLICE) + 1));
            assertThat(recommendation(child, Action.CONTACT_FORCED_MARRIAGE_UNIT).why().triggers(),
                    hasItem(new Trigger("indicatorsSeen", "domestic-servitude.forced-marriage")));
        }
        Assessment adult = assess(withOneSign().indicatorsSeen(List.of(Indicator.DOMESTIC_FORCED_MARRIAGE)));
        Assessment childWithoutTheSign = assess(withOneSign().ageGroup(AgeGroup.UNDER_18));

        assertThat(actions(adult), not(hasItem(Action.CONTACT_FORCED_MARRIAGE_UNIT)));
        assertThat(actions(childWithoutTheSign), not(hasItem(Action.CONTACT_FORCED_MARRIAGE_UNIT)));
    }

    /** In Northern Ireland the Health and Social Care Trusts, not councils, are First Responders (domain reference §2.2). */
    @Test
    public void assess_shouldAskTheTrustOrThePsniToReferAChildInNorthernIreland() {
        Assessment northernIreland = assess(withOneSign().ageGroup(AgeGroup.UNDER_18)
                .nation(Nation.NORTHERN_IRELAND));
        Assessment england = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).nation(Nation.ENGLAND));

        assertThat(recommendation(northernIreland, Action.ASK_TRUST_OR_PSNI_FOR_NRM_REFERRAL).why().reason(),
                is(Reason.CHILD_REFERRED_BY_TRUST_OR_PSNI));
        assertThat(actions(northernIreland), not(hasItem(Action.ASK_FRO_FOR_NRM_REFERRAL)));
        assertThat(actions(england), hasItem(Action.ASK_FRO_FOR_NRM_REFERRAL));
        assertThat(actions(england), not(hasItem(Action.ASK_TRUST_OR_PSNI_FOR_NRM_REFERRAL)));
    }

    @Test
    public void assess_shouldNameEveryNationsChildProtectionWhenTheNationIsNotRecorded() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).nation(null));

        assertThat(recommendation(assessment, Action.REFER_TO_CHILD_PROTECTION).why().reason(),
                is(Reason.CHILD_SERVICES_NATION_UNKNOWN));
        assertThat(recommendation(assessment, Action.TELL_POLICE).why().reason(), is(Reason.CHILD_POLICE));
        assertThat(actions(assessment), not(hasItem(Action.REFER_TO_CHILDRENS_SERVICES)));
        assertThat(actions(assessment), everyItem(not(oneOf(CHILD_GUARDIANS))));
    }

    private static void assertChildRoute(Nation nation, Action protection, Reason protectionReason,
                                         Reason policeReason, Action guardian, Reason guardianReason) {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).nation(nation));
        List<Action> actions = actions(assessment);

        assertThat(nation.id(), recommendation(assessment, protection).why().reason(), is(protectionReason));
        assertThat(nation.id(), recommendation(assessment, Action.TELL_POLICE).why().reason(), is(policeReason));
        assertThat(nation.id(), recommendation(assessment, guardian).why().reason(), is(guardianReason));
        assertThat(nation.id(), actions.stream().filter(action -> List.of(CHILD_PROTECTION).contains(action))
                .toList(), contains(protection));
        assertThat(nation.id(), actions.stream().filter(action -> List.of(CHILD_GUARDIANS).contains(action))
                .toList(), contains(guardian));
    }

    @Test
    public void assess_shouldTreatNotSureAsAChildAndAskForAnAgeAssessment() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.NOT_SURE));

        assertThat(assessment.treatedAsChild(), is(true));
        assertThat(actions(assessment), hasItems(Action.REQUEST_AGE_ASSESSMENT, Action.REFER_TO_CHILDRENS_SERVICES));
        assertThat(actions(assessment), not(hasItem(Action.EXPLAIN_NRM_AND_ASK_CONSENT)));
    }

    /**
     * Support changes at 18 and, since 13 February 2026, a child in the NRM who turns 18 before the conclusive-grounds
     * decision must agree to stay in it (domain reference §13.5): the worker is told from three months before.
     */
    @Test
    public void assess_shouldPlanForTheEighteenthBirthdayFromThreeMonthsBefore() {
        LocalDate eighteenInThreeMonths = TODAY.plusMonths(3).minusYears(18);
        LocalDate eighteenInFourMonths = TODAY.plusMonths(4).minusYears(18);

        Assessment soon = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).dateOfBirth(eighteenInThreeMonths));
        Assessment later = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).dateOfBirth(eighteenInFourMonths));

        assertThat(soon.treatedAsChild(), is(true));
        assertThat(recommendation(soon, Action.PLAN_FOR_EIGHTEENTH_BIRTHDAY).why().reason(), is(Reason.TURNING_18));
        assertThat(recommendation(soon, Action.PLAN_FOR_EIGHTEENTH_BIRTHDAY).why().triggers(),
                hasItem(new Trigger("dateOfBirth", eighteenInThreeMonths.toString())));
        assertThat(actions(soon), hasItem(Action.REFER_TO_CHILDRENS_SERVICES));
        assertThat(actions(later), not(hasItem(Action.PLAN_FOR_EIGHTEENTH_BIRTHDAY)));
    }

    @Test
    public void assess_shouldTreatSomeoneWhoTurned18SinceTheyWereRecordedAsAChildAsAnAdultAskingConsentToStay() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).dateOfBirth(
                TODAY.minusDays(1).minusYears(18)).consent(Consent.NOT_ASKED_YET));

        assertThat(assessment.treatedAsChild(), is(false));
        assertThat(actions(assessment), not(hasItem(Action.REQUEST_AGE_ASSESSMENT)));
        assertThat(actions(assessment), not(hasItem(Action.CHECK_CONTRADICTIONS)));
        assertThat(recommendation(assessment, Action.ASK_CONSENT_TO_STAY_IN_NRM).why().reason(),
                is(Reason.TURNED_18));
        assertThat(actions(assessment), hasItem(Action.EXPLAIN_NRM_AND_ASK_CONSENT));
    }

    @Test
    public void assess_shouldStillQuestionAnUnder18TickWhenTheBirthDateSaysTheyWereAnAdultLongBefore() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18).dateOfBirth(
                TODAY.minusYears(25)));

        assertThat(assessment.treatedAsChild(), is(true));
        assertThat(actions(assessment), hasItems(Action.REQUEST_AGE_ASSESSMENT, Action.CHECK_CONTRADICTIONS));
        assertThat(actions(assessment), not(hasItem(Action.ASK_CONSENT_TO_STAY_IN_NRM)));
    }

    @Test
    public void assess_shouldAskForTheAgeBeforeChoosingARoute() {
        Assessment assessment = assess(withOneSign().ageGroup(null));

        assertThat(actions(assessment), hasItem(Action.FIND_OUT_AGE));
        assertThat(actions(assessment), not(hasItem(Action.REFER_TO_CHILDRENS_SERVICES)));
        assertThat(actions(assessment), not(hasItem(Action.EXPLAIN_NRM_AND_ASK_CONSENT)));
        assertThat(assessment.unanswered(), hasItem(Trigger.unanswered("ageGroup")));
    }

    @Test
    public void assess_shouldAskAnAdultForConsentAfterExplainingTheNrm() {
        Assessment assessment = assess(withOneSign().consent(Consent.NOT_ASKED_YET));

        Recommendation explain = recommendation(assessment, Action.EXPLAIN_NRM_AND_ASK_CONSENT);
        assertThat(explain.why().reason(), is(Reason.ADULT_CONSENT_NEEDED));
        assertThat(explain.why().triggers(),
                contains(new Trigger("ageGroup", "adult"), new Trigger("consent", "not-asked-yet")));
        assertThat(assessment.unanswered(), hasItem(Trigger.unanswered("consent")));
    }

    @Test
    public void assess_shouldReferAnAdultWhoAgreedThroughAFirstResponderWhenWeAreNotOne() {
        Assessment assessment = assess(withOneSign().consent(Consent.GIVEN), CHARITY);

        assertThat(recommendation(assessment, Action.REFER_THROUGH_FRO_OR_HELPLINE).why().reason(),
                is(Reason.CONSENT_GIVEN_NOT_FRO));
        assertThat(actions(assessment), not(hasItem(Action.MAKE_NRM_REFERRAL)));
    }

    @Test
    public void assess_shouldLetAFirstResponderReferAnAdultWhoAgreed() {
        Assessment assessment = assess(withOneSign().consent(Consent.GIVEN), FIRST_RESPONDER);

        assertThat(recommendation(assessment, Action.MAKE_NRM_REFERRAL).why().reason(), is(Reason.CONSENT_GIVEN_FRO));
    }

    @Test
    public void assess_shouldNotifyTheHomeOfficeWhenAnAdultRefusesAndWeHaveTheDuty() {
        Assessment assessment = assess(withOneSign().consent(Consent.REFUSED), COUNCIL);

        Recommendation notify = recommendation(assessment, Action.SUBMIT_DUTY_TO_NOTIFY);
        assertThat(notify.why().triggers(), hasItems(new Trigger("consent", "refused"),
                new Trigger("organisation.dutyToNotify", "yes")));
        assertThat(actions(assessment), not(hasItem(Action.MAKE_NRM_REFERRAL)));
    }

    @Test
    public void assess_shouldRecordTheRefusalAndASafetyPlanWhenWeHaveNoDuty() {
        Assessment assessment = assess(withOneSign().consent(Consent.REFUSED), FIRST_RESPONDER);

        assertThat(recommendation(assessment, Action.RECORD_REFUSAL_AND_SAFETY_PLAN).why().reason(),
                is(Reason.CONSENT_REFUSED_NO_DUTY));
        assertThat(actions(assessment), not(hasItem(Action.SUBMIT_DUTY_TO_NOTIFY)));
    }

    @Test
    public void assess_shouldNeverLeaveARefusingAdultWithANotificationAlone() {
        Assessment assessment = assess(withOneSign().consent(Consent.REFUSED), COUNCIL);

        assertThat(actions(assessment), hasItems(Action.SUBMIT_DUTY_TO_NOTIFY, Action.RECORD_REFUSAL_AND_SAFETY_PLAN,
                Action.OFFER_SUPPORT_WITHOUT_NRM));
        assertThat(recommendation(assessment, Action.OFFER_SUPPORT_WITHOUT_NRM).why().reason(),
                is(Reason.SUPPORT_WITHOUT_NRM));
        assertThat("the notification first, then what the person is offered", actions(assessment).indexOf(
                Action.SUBMIT_DUTY_TO_NOTIFY) < actions(assessment).indexOf(Action.RECORD_REFUSAL_AND_SAFETY_PLAN),
                is(true));
    }

    @Test
    public void assess_shouldOfferARefusingAdultSupportThatNeedsNoReferralWithoutTheDutyToo() {
        Assessment assessment = assess(withOneSign().consent(Consent.REFUSED), CHARITY);

        assertThat(actions(assessment), hasItems(Action.RECORD_REFUSAL_AND_SAFETY_PLAN,
                Action.OFFER_SUPPORT_WITHOUT_NRM));
    }

    @Test
    public void assess_shouldNeverNotifyForACaseInScotlandOrNorthernIreland() {
        for (Nation nation : new Nation[] {Nation.SCOTLAND, Nation.NORTHERN_IRELAND}) {
            Assessment assessment = assess(withOneSign().consent(Consent.REFUSED).nation(nation), COUNCIL);

            assertThat(nation.id(), actions(assessment), not(hasItem(Action.SUBMIT_DUTY_TO_NOTIFY)));
            assertThat(nation.id(), actions(assessment), hasItem(Action.RECORD_REFUSAL_AND_SAFETY_PLAN));
        }
        assertThat(actions(assess(withOneSign().consent(Consent.REFUSED).nation(Nation.WALES), COUNCIL)),
                hasItem(Action.SUBMIT_DUTY_TO_NOTIFY));
    }

    /**
     * §14.2: an adult who lacks capacity is never treated as refusing: no Duty to Notify and no recorded refusal, even
     * for a public authority with the duty, in any nation; instead a best-interests decision where the law provides
     * for it (England and Wales: Mental Capacity Act 2005; Scotland: Adults with Incapacity Act 2000; none in Northern
     * Ireland, whose 2016 Act is only partly in force) and an adult safeguarding concern to the local authority (Care
     * Act 2014 s42; SSWb(W)A 2014 s126; Adult Support and Protection (Scotland) Act 2007; the HSC Trust in NI).
     */
    @Test
    public void assess_shouldGiveAnAdultWhoCannotDecideTheirNationsCapacityStepsAndNeverARefusal() {
        Map<Nation, List<Reason>> expected = Map.of(
                Nation.ENGLAND, List.of(Reason.UNABLE_BEST_INTERESTS_ENGLAND_WALES, Reason.ADULT_CONCERN_ENGLAND),
                Nation.WALES, List.of(Reason.UNABLE_BEST_INTERESTS_ENGLAND_WALES, Reason.ADULT_CONCERN_WALES),
                Nation.SCOTLAND, List.of(Reason.UNABLE_INCAPACITY_SCOTLAND, Reason.ADULT_CONCERN_SCOTLAND),
                Nation.NORTHERN_IRELAND, List.of(Reason.ADULT_CONCERN_NORTHERN_IRELAND));
        expected.forEach((nation, reasons) -> {
            Assessment assessment = assess(withOneSign().consent(Consent.UNABLE).nation(nation), COUNCIL);

            assertThat(nation.id(), assessment.recommendations().stream().map(each -> each.why().reason())
                    .filter(reasons::contains).toList(), is(reasons));
            assertThat(nation.id(), actions(assessment), hasItems(Action.RAISE_ADULT_SAFEGUARDING_CONCERN,
                    Action.OFFER_SUPPORT_WITHOUT_NRM));
            assertThat(nation.id(), actions(assessment), not(hasItem(Action.SUBMIT_DUTY_TO_NOTIFY)));
            assertThat(nation.id(), actions(assessment), not(hasItem(Action.RECORD_REFUSAL_AND_SAFETY_PLAN)));
            assertThat(nation.id(), actions(assessment), not(hasItem(Action.EXPLAIN_NRM_AND_ASK_CONSENT)));
        });
        assertThat(actions(assess(withOneSign().consent(Consent.UNABLE).nation(Nation.NORTHERN_IRELAND), COUNCIL)),
                not(hasItem(Action.TAKE_BEST_INTERESTS_DECISION)));
    }

    /** §14.2: once someone has decided in their best interests, the referral follows as for consent. */
    @Test
    public void assess_shouldReferAnAdultWhoCannotDecideOnceABestInterestsDecisionIsRecorded() {
        Screening.Builder decided = withOneSign().consent(Consent.UNABLE).nation(Nation.WALES)
                .bestInterests("Social worker J. Evans, 2 Dec 2026, after a capacity assessment");

        Assessment byUs = assess(decided, FIRST_RESPONDER);
        Assessment throughOthers = assess(decided, CHARITY);

        assertThat(recommendation(byUs, Action.MAKE_NRM_REFERRAL).why().reason(), is(Reason.BEST_INTERESTS_DECIDED));
        assertThat(recommendation(throughOthers, Action.REFER_THROUGH_FRO_OR_HELPLINE).why().reason(),
                is(Reason.BEST_INTERESTS_DECIDED));
        assertThat(actions(byUs), not(hasItem(Action.TAKE_BEST_INTERESTS_DECISION)));
        assertThat(actions(byUs), hasItem(Action.RAISE_ADULT_SAFEGUARDING_CONCERN));
        assertThat("no best-interests route in Northern Ireland", actions(assess(decided.nation(Nation.NORTHERN_IRELAND),
                FIRST_RESPONDER)), not(hasItem(Action.MAKE_NRM_REFERRAL)));
    }

    @Test
    public void assess_shouldAskWhereAnAdultWhoCannotDecideIsWhenTheCaseDoesNotSay() {
        Assessment assessment = assess(withOneSign().consent(Consent.UNABLE).nation(null), CHARITY);

        Recommendation concern = recommendation(assessment, Action.RAISE_ADULT_SAFEGUARDING_CONCERN);
        assertThat(concern.why().reason(), is(Reason.UNABLE_NATION_UNKNOWN));
        assertThat(concern.why().triggers(), hasItems(new Trigger("consent", "unable"), Trigger.unanswered("nation")));
        assertThat(actions(assessment), not(hasItem(Action.SUBMIT_DUTY_TO_NOTIFY)));
    }

    @Test
    public void assess_shouldReferForVictimCareByNation() {
        Screening.Builder needsAdvice = withOneSign().supportNeeds(Set.of(SupportNeed.LEGAL_ADVICE));

        assertThat(reasonFor(needsAdvice.nation(Nation.ENGLAND)), is(Reason.VICTIM_CARE_ENGLAND_WALES));
        assertThat(reasonFor(needsAdvice.nation(Nation.WALES)), is(Reason.VICTIM_CARE_ENGLAND_WALES));
        assertThat(reasonFor(needsAdvice.nation(Nation.SCOTLAND)), is(Reason.VICTIM_CARE_SCOTLAND));
        assertThat(reasonFor(needsAdvice.nation(Nation.NORTHERN_IRELAND)), is(Reason.VICTIM_CARE_NORTHERN_IRELAND));
        assertThat(reasonFor(needsAdvice.nation(null)), is(Reason.VICTIM_CARE_NATION_UNKNOWN));
    }

    /**
     * Scotland and Northern Ireland support women and other adults through different services (domain reference
     * §13.3, §13.6): TARA for women trafficked for sexual exploitation and Migrant Help for other adults in Scotland;
     * Belfast & Lisburn Women's Aid for women and Migrant Help for other adults in Northern Ireland. England and Wales
     * have one service for all.
     */
    @Test
    public void assess_shouldReferForVictimCareByNationAndGender() {
        Screening.Builder woman = withOneSign().supportNeeds(Set.of(SupportNeed.LEGAL_ADVICE)).gender(Gender.FEMALE);
        Screening.Builder man = withOneSign().supportNeeds(Set.of(SupportNeed.LEGAL_ADVICE)).gender(Gender.MALE);
        Screening.Builder neither = withOneSign().supportNeeds(Set.of(SupportNeed.LEGAL_ADVICE))
                .gender(Gender.NEITHER_MALE_NOR_FEMALE);
        Screening.Builder unsaid = withOneSign().supportNeeds(Set.of(SupportNeed.LEGAL_ADVICE))
                .gender(Gender.PREFER_NOT_TO_SAY);
        Set<ExploitationType> sexual = Set.of(ExploitationType.FORCED_PROSTITUTION);
        Set<ExploitationType> labour = Set.of(ExploitationType.FORCED_LABOUR);

        assertThat(reasonFor(woman.nation(Nation.SCOTLAND).exploitationTypes(sexual)),
                is(Reason.VICTIM_CARE_SCOTLAND_TARA));
        assertThat(reasonFor(woman.nation(Nation.SCOTLAND).exploitationTypes(labour)),
                is(Reason.VICTIM_CARE_SCOTLAND_MIGRANT_HELP));
        assertThat(reasonFor(man.nation(Nation.SCOTLAND).exploitationTypes(sexual)),
                is(Reason.VICTIM_CARE_SCOTLAND_MIGRANT_HELP));
        assertThat(reasonFor(neither.nation(Nation.SCOTLAND).exploitationTypes(sexual)),
                is(Reason.VICTIM_CARE_SCOTLAND_MIGRANT_HELP));
        assertThat(reasonFor(unsaid.nation(Nation.SCOTLAND).exploitationTypes(sexual)),
                is(Reason.VICTIM_CARE_SCOTLAND));
        assertThat(reasonFor(woman.nation(Nation.NORTHERN_IRELAND).exploitationTypes(labour)),
                is(Reason.VICTIM_CARE_NORTHERN_IRELAND_WOMENS_AID));
        assertThat(reasonFor(man.nation(Nation.NORTHERN_IRELAND)), is(Reason.VICTIM_CARE_NORTHERN_IRELAND_MIGRANT_HELP));
        assertThat(reasonFor(neither.nation(Nation.NORTHERN_IRELAND)),
                is(Reason.VICTIM_CARE_NORTHERN_IRELAND_MIGRANT_HELP));
        assertThat(reasonFor(unsaid.nation(Nation.NORTHERN_IRELAND)), is(Reason.VICTIM_CARE_NORTHERN_IRELAND));
        assertThat(reasonFor(woman.nation(Nation.ENGLAND)), is(Reason.VICTIM_CARE_ENGLAND_WALES));
        assertThat(reasonFor(man.nation(Nation.WALES)), is(Reason.VICTIM_CARE_ENGLAND_WALES));
    }

    @Test
    public void assess_shouldNotReferForVictimCareAfterARefusal() {
        Assessment assessment = assess(withOneSign().consent(Consent.REFUSED)
                .supportNeeds(Set.of(SupportNeed.COUNSELLING)));

        assertThat(actions(assessment), not(hasItem(Action.REFER_FOR_VICTIM_CARE)));
    }

    @Test
    public void assess_shouldPassAChildsSupportNeedsToChildrensServices() {
        Assessment assessment = assess(withOneSign().ageGroup(AgeGroup.UNDER_18)
                .supportNeeds(Set.of(SupportNeed.COUNSELLING)));

        assertThat(actions(assessment), not(hasItem(Action.REFER_FOR_VICTIM_CARE)));
        assertThat(recommendation(assessment, Action.REFER_TO_CHILDRENS_SERVICES).why().triggers(),
                hasItem(new Trigger("supportNeeds", "counselling")));
    }

    @Test
    public void assess_shouldMeetUrgentNeedsWhateverTheLevel() {
        Assessment assessment = assess(answeredWithNoSigns()
                .supportNeeds(Set.of(SupportNeed.FOOD, SupportNeed.LEGAL_ADVICE)));

        assertThat(recommendation(assessment, Action.PROVIDE_FOOD).why().triggers(),
                contains(new Trigger("supportNeeds", "food")));
        assertThat(actions(assessment), not(hasItem(Action.GET_MEDICAL_HELP)));
    }

    @Test
    public void assess_shouldGiveEachUrgentNeedItsOwnStepAndReasonForTheyGoToDifferentServices() {
        Assessment assessment = assess(answeredWithNoSigns().supportNeeds(Set.of(SupportNeed.MEDICAL_HELP,
                SupportNeed.SAFE_PLACE_TO_STAY, SupportNeed.FOOD)));

        assertThat(recommendation(assessment, Action.GET_MEDICAL_HELP).why().reason(), is(Reason.URGENT_MEDICAL_HELP));
        assertThat(recommendation(assessment, Action.FIND_SAFE_PLACE_TO_STAY).why().reason(),
                is(Reason.URGENT_SAFE_PLACE));
        assertThat(recommendation(assessment, Action.PROVIDE_FOOD).why().reason(), is(Reason.URGENT_FOOD));
        assertThat(recommendation(assessment, Action.GET_MEDICAL_HELP).why().triggers(),
                contains(new Trigger("supportNeeds", "medical-help")));
    }

    @Test
    public void assess_shouldBookAProfessionalInterpreter() {
        Assessment assessment = assess(answeredWithNoSigns().interpreterNeeded(Answer.YES).language("Tigrinya")
                .barriers(Set.of(Barrier.LANGUAGE)));

        assertThat(recommendation(assessment, Action.BOOK_INTERPRETER).why().triggers(),
                contains(new Trigger("interpreterNeeded", "yes"), new Trigger("barriers", "language")));
    }

    @Test
    public void assess_shouldAskWhichLanguageWhenAnInterpreterIsNeeded() {
        Assessment assessment = assess(answeredWithNoSigns().interpreterNeeded(Answer.YES));

        assertThat(assessment.unanswered(), contains(Trigger.unanswered("language")));
    }

    @Test
    public void assess_shouldReportOthersAtRisk() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.OTHERS_AFFECTED, Answer.YES));

        assertThat(actions(assessment), hasItem(Action.REPORT_OTHERS_AT_RISK));
    }

    @Test
    public void assess_shouldAskForADescriptionForPoliceWhenTheRiskIsHigh() {
        Screening.Builder high = answeredWithNoSigns().answer(Question.FORCED_OR_HELD, Answer.YES);
        PoliceDescription usable = new PoliceDescription("5'6\"", "slim", "Albanian", "scar on left hand",
                "Albanian", "Station Road", LocalDateTime.of(2026, 11, 28, 18, 0), "grey coat");

        assertThat(actions(assess(high)), hasItem(Action.RECORD_DESCRIPTION_FOR_POLICE));
        assertThat(actions(assess(high.policeDescription(usable))), not(hasItem(Action.RECORD_DESCRIPTION_FOR_POLICE)));
        assertThat(actions(assess(withOneSign())), not(hasItem(Action.RECORD_DESCRIPTION_FOR_POLICE)));
    }

    @Test
    public void assess_shouldAgreeASafeWayToMakeContact() {
        Assessment assessment = assess(withOneSign().safeToContact(Set.of()));

        assertThat(actions(assessment), hasItem(Action.AGREE_SAFE_CONTACT));
    }

    @Test
    public void assess_shouldKeepTheDoorOpenWhenThereIsNoConcern() {
        Assessment assessment = assess(answeredWithNoSigns());

        assertThat(actions(assessment), equalTo(List.of(Action.KEEP_DOOR_OPEN)));
    }

    @Test
    public void assess_shouldTellTheLeadAskTheRemainingQuestionsAndKeepTheDoorOpenWhenTooLittleIsKnown() {
        Assessment assessment = assess(answeredWithNoSigns().answer(Question.THREATS, Answer.DECLINED));

        assertThat(actions(assessment), contains(Action.TELL_SAFEGUARDING_LEAD, Action.ASK_REMAINING_QUESTIONS,
                Action.KEEP_DOOR_OPEN));
        assertThat(recommendation(assessment, Action.ASK_REMAINING_QUESTIONS).why().triggers(),
                contains(new Trigger("question.threats", "declined")));
    }

    private static Reason reasonFor(Screening.Builder screening) {
        return recommendation(assess(screening), Action.REFER_FOR_VICTIM_CARE).why().reason();
    }
}
