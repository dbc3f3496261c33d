package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.Test;
import org.safeguarding.screening.Action;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ContactChannel;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Recommendation;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SupportNeed;

/**
 * The NRM-ready draft against the Home Office's current form: its pages in order and its three branches (domain
 * reference §14.3), the route rules for children and refusing adults (§2.3, §2.4), adults who cannot decide (§14.2)
 * and the nations (§13.1, §13.2).
 */
public class NrmDraftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Organisation FIRST_RESPONDER = new Organisation(true, false);
    private static final Organisation COUNCIL = new Organisation(true, true);
    private static final Organisation CHARITY = new Organisation(false, false);
    private static final ReferralRecord NO_REFERRALS = new ReferralRecord(Set.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** An adult with worrying answers: what the form's narrative questions are asked about. */
    private static Screening.Builder adult(Nation nation, Consent consent) {
        return Screening.builder().immediateDanger(Answer.NO).ageGroup(AgeGroup.ADULT).nation(nation)
                .consent(consent).answer(Question.OWES_MONEY, Answer.YES)
                .answer(Question.DOCUMENTS_HELD, Answer.YES).answer(Question.FORCED_OR_HELD, Answer.YES);
    }

    private static NrmDraft draft(Screening screening, Organisation organisation) {
        return NrmDraft.of(screening, Assessor.assess(screening, organisation, TODAY),
                new NrmDraft.Recorded("SG-1", NO_REFERRALS, Optional.empty(), List.of()), TODAY);
    }

    private static AgencyShare.Recorded share(long id, Agency agency, String name, String reference,
                                              Optional<Long> corrects) {
        return new AgencyShare.Recorded(id, "SG-1", "lead", TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                new AgencyShare(agency, name, TODAY, SharingChannel.PHONE, "Her situation", LawfulBasis.PUBLIC_TASK,
                        SharingCondition.SAFEGUARDING, true, null, reference, corrects));
    }

    private static Map<String, NrmDraft.Line> byId(NrmDraft draft) {
        return draft.lines().stream().collect(Collectors.toMap(NrmDraft.Line::id, Function.identity()));
    }

    private static List<Action> before(NrmDraft draft) {
        return draft.before().stream().map(Recommendation::action).toList();
    }

    @Test
    public void of_shouldPrepareAnNrmReferralForAConsentingAdultWhenTheOrganisationIsAFirstResponder() {
        NrmDraft draft = draft(adult(Nation.ENGLAND, Consent.GIVEN).build(), FIRST_RESPONDER);

        assertThat(draft.form(), is(NrmDraft.Form.NRM_REFERRAL));
        assertThat(byId(draft).get("consent").facts().get(0).values(), contains(Consent.GIVEN));
        assertThat(byId(draft).get("under-18-now").facts().get(0).values(), contains(Answer.NO));
    }

    @Test
    public void of_shouldSendTheReferralThroughAFirstResponderWhenTheOrganisationIsNotOne() {
        NrmDraft draft = draft(adult(Nation.ENGLAND, Consent.GIVEN).build(), CHARITY);

        assertThat(draft.form(), is(NrmDraft.Form.NRM_THROUGH_FIRST_RESPONDER));
    }

    @Test
    public void of_shouldPrepareADutyToNotifyReportWithASafetyPlanForARefusingAdultInEnglandWhereTheDutyBinds() {
        NrmDraft draft = draft(adult(Nation.ENGLAND, Consent.REFUSED).build(), COUNCIL);

        assertThat(draft.form(), is(NrmDraft.Form.DUTY_TO_NOTIFY));
        assertThat(before(draft), hasItem(Action.RECORD_REFUSAL_AND_SAFETY_PLAN));
    }

    @Test
    public void of_shouldNeverPrepareADutyToNotifyReportInScotlandOrNorthernIreland() {
        for (Nation nation : List.of(Nation.SCOTLAND, Nation.NORTHERN_IRELAND)) {
            NrmDraft draft = draft(adult(nation, Consent.REFUSED).build(), COUNCIL);

            assertThat(nation.name(), draft.form(), is(NrmDraft.Form.NONE_RECOMMENDED));
            assertThat(nation.name(), before(draft), hasItem(Action.RECORD_REFUSAL_AND_SAFETY_PLAN));
        }
    }

    @Test
    public void of_shouldReferAChildWithoutConsentAndPutEachNationsChildProtectionFirst() {
        Map<Nation, Action> childProtection = Map.of(Nation.ENGLAND, Action.REFER_TO_CHILDRENS_SERVICES,
                Nation.WALES, Action.REFER_TO_CHILDRENS_SERVICES, Nation.SCOTLAND, Action.REFER_TO_SOCIAL_WORK,
                Nation.NORTHERN_IRELAND, Action.REFER_TO_GATEWAY_TEAM);
        childProtection.forEach((nation, first) -> {
            // Ticked "adult" but born 15 years ago: the date of birth decides (§13.5).
            Screening child = adult(nation, Consent.REFUSED).dateOfBirth(TODAY.minusYears(15)).build();

            NrmDraft draft = draft(child, FIRST_RESPONDER);

            assertThat(nation.name(), draft.form(), is(NrmDraft.Form.NRM_REFERRAL));
            assertThat(nation.name(), before(draft), hasItem(first));
            assertThat(nation.name(), byId(draft).containsKey("consent"), is(false));
            assertThat(nation.name(), byId(draft).get("local-authority-contacted").status(),
                    is(NrmDraft.Status.MISSING));
            assertThat(nation.name(), byId(draft).get("under-18-now").facts().get(0).values(),
                    contains(Answer.YES));
        });
    }

    @Test
    public void of_shouldAnswerUnder18NowNotSureWhenTheAgeIsInDoubtAndTreatThemAsAChild() {
        Screening notSure = adult(Nation.ENGLAND, Consent.NOT_ASKED_YET).ageGroup(AgeGroup.NOT_SURE).build();

        NrmDraft draft = draft(notSure, FIRST_RESPONDER);

        assertThat(byId(draft).get("under-18-now").facts().get(0).values(), contains(Answer.NOT_SURE));
        assertThat(byId(draft).containsKey("consent"), is(false));
        assertThat(draft.form(), is(NrmDraft.Form.NRM_REFERRAL));
    }

    @Test
    public void of_shouldRecommendNoFormForAnAdultNotYetAskedAndSayToExplainTheNrmFirst() {
        NrmDraft draft = draft(adult(Nation.WALES, Consent.NOT_ASKED_YET).build(), FIRST_RESPONDER);

        assertThat(draft.form(), is(NrmDraft.Form.NONE_RECOMMENDED));
        assertThat(before(draft), hasItem(Action.EXPLAIN_NRM_AND_ASK_CONSENT));
    }

    @Test
    public void of_shouldGiveEachAnswerWithTheWorkersNoteUnderTheFormsQuestion() {
        Screening screening = adult(Nation.ENGLAND, Consent.GIVEN)
                .notes(Question.OWES_MONEY, "Says she owes £4,000 for the flight").build();

        NrmDraft.Line started = byId(draft(screening, FIRST_RESPONDER)).get("how-it-started");

        assertThat(started.status(), is(NrmDraft.Status.HELD));
        NrmDraft.Fact owes = started.facts().stream()
                .filter(fact -> fact.question().equals(Optional.of(Question.OWES_MONEY))).findFirst().orElseThrow();
        assertThat(owes.values(), contains(Answer.YES));
        assertThat(owes.text(), is("Says she owes £4,000 for the flight"));
    }

    @Test
    public void missing_shouldListWhatTheCaseShouldHoldAndNeverWhatTheAppDoesNotRecord() {
        NrmDraft empty = draft(Screening.builder().build(), FIRST_RESPONDER);
        NrmDraft full = draft(adult(Nation.ENGLAND, Consent.GIVEN).under18DuringExploitation(Answer.NO)
                .exploitationTypes(Set.of(ExploitationType.FORCED_LABOUR)).build(), FIRST_RESPONDER);

        List<String> missing = empty.missing().stream().map(NrmDraft.Line::id).toList();
        assertThat(missing, hasItem("nation"));
        assertThat(missing, hasItem("under-18-now"));
        assertThat(missing, hasItem("exploitation-types"));
        assertThat(missing, not(hasItem("others-involved")));
        assertThat(missing, not(hasItem("name-and-nickname")));
        List<String> stillMissing = full.missing().stream().map(NrmDraft.Line::id).toList();
        assertThat(stillMissing, not(hasItem("nation")));
        assertThat(stillMissing, not(hasItem("exploitation-types")));
        assertThat(empty.missing(), not(empty()));
    }

    @Test
    public void of_shouldListTheOtherAgenciesReferredOrSharedWithAndThePolicesReferenceButNotTheNrmItself() {
        Screening screening = adult(Nation.ENGLAND, Consent.GIVEN).build();
        ReferralRecord referred = new ReferralRecord(Set.of(Route.NRM_REFERRAL, Route.POLICE), Optional.empty(),
                Optional.empty(), Optional.empty());

        NrmDraft.Recorded sharedToo = new NrmDraft.Recorded("SG-1", referred, Optional.empty(), List.of(
                share(1, Agency.POLICE, "Met Police", "CAD 1", Optional.empty()),
                share(2, Agency.POLICE, "Met Police", "CAD 2", Optional.of(1L)),
                share(3, Agency.HOME_OFFICE_NRM, null, "NRM-9", Optional.empty()),
                share(4, Agency.GUARDIAN, null, null, Optional.empty())));

        NrmDraft draft = NrmDraft.of(screening, Assessor.assess(screening, FIRST_RESPONDER, TODAY), sharedToo, TODAY);

        List<NrmDraft.Fact> others = byId(draft).get("others-involved").facts();
        assertThat(others.get(0).values(), contains(Route.POLICE));
        // The corrected share and the NRM referral itself are left out; the rest with name, reference and day.
        assertThat(others.size(), is(3));
        assertThat(others.get(1).values(), contains(Agency.POLICE));
        assertThat(others.get(1).text(), is("Met Police; CAD 2"));
        assertThat(others.get(1).day(), is(Optional.of(TODAY)));
        assertThat(others.get(2).values(), contains(Agency.GUARDIAN));
        NrmDraft.Line crime = byId(draft).get("crime-reference");
        assertThat(crime.status(), is(NrmDraft.Status.HELD));
        assertThat(crime.facts().size(), is(1));
        assertThat(crime.facts().get(0).text(), is("Met Police: CAD 2"));
    }

    @Test
    public void of_shouldKeepTheWorkersAccountBesideTheFormWhichNoLongerHasAPageForIt() {
        Screening screening = adult(Nation.ENGLAND, Consent.GIVEN).build();
        NrmDraft written = NrmDraft.of(screening, Assessor.assess(screening, FIRST_RESPONDER, TODAY),
                new NrmDraft.Recorded("SG-1", NO_REFERRALS, Optional.of(
                        "  Worked 14 hours a day at a car wash; boss kept her passport.  "), List.of()), TODAY);

        assertThat(written.account(), is(Optional.of("Worked 14 hours a day at a car wash; boss kept her passport.")));
        assertThat(byId(written).containsKey("what-happened"), is(false));
        assertThat(draft(screening, FIRST_RESPONDER).account(), is(Optional.empty()));
    }

    /** The form's pages before the branch on consent, in its order (§14.3), for an adult. */
    private static final List<String> ADULT_REPORT = List.of("reference", "organisation", "nation", "under-18-now",
            "under-18-during-exploitation", "background", "more-than-one-situation", "when-exploited",
            "how-it-started", "taken-somewhere", "how-treated", "still-in-situation", "how-they-left",
            "last-contact-with-exploiters", "first-chance-to-report", "why-now", "indicators", "interviews",
            "professional-insight", "credibility", "others-involved", "where-exploited", "current-location",
            "exploiters", "exploitation-types", "other-victims", "future-exploitation", "crime-reference",
            "willing-to-cooperate");

    private static List<String> ids(NrmDraft draft) {
        return draft.lines().stream().map(NrmDraft.Line::id).toList();
    }

    private static List<String> concat(List<String> first, String... then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(then));
        return all;
    }

    @Test
    public void of_shouldFollowTheCurrentFormsPagesInOrderForAnAdultWhoConsents() {
        Screening left = adult(Nation.ENGLAND, Consent.GIVEN).answer(Question.STILL_IN_SITUATION, Answer.NO)
                .situationNow("Ran when the door was left open").build();

        NrmDraft draft = draft(left, FIRST_RESPONDER);

        assertThat(draft.branch(), is(NrmDraft.Branch.ADULT));
        assertThat(ids(draft), is(concat(ADULT_REPORT, "consent", "wants-support", "phone-number",
                "name-and-nickname", "date-of-birth", "gender", "children", "nationality", "interpreter",
                "communication-help", "home-office-reference", "contact-details", "someone-else", "your-details",
                "evidence")));
        assertThat(byId(draft).get("how-they-left").facts().get(0).text(), is("Ran when the door was left open"));
        assertThat(byId(draft).get("reference").facts().get(0).text(), is("SG-1"));
    }

    @Test
    public void of_shouldFollowTheChildBranchWithNoConsentNoSupportAndNoContactPages() {
        Screening child = adult(Nation.WALES, Consent.REFUSED).ageGroup(AgeGroup.NOT_SURE)
                .answer(Question.STILL_IN_SITUATION, Answer.NO).build();

        NrmDraft draft = draft(child, FIRST_RESPONDER);

        List<String> report = new ArrayList<>(ADULT_REPORT);
        report.set(report.indexOf("under-18-during-exploitation"), "local-authority-contacted");
        assertThat(draft.branch(), is(NrmDraft.Branch.CHILD));
        assertThat(ids(draft), is(concat(report, "name-and-nickname", "date-of-birth", "gender", "children",
                "nationality", "interpreter", "communication-help", "home-office-reference", "your-details",
                "evidence")));
    }

    @Test
    public void of_shouldFollowTheDutyToNotifyBranchAndLeaveOutTheNameUnlessTheyWillHelpAnInvestigation() {
        Screening refusing = adult(Nation.ENGLAND, Consent.REFUSED).answer(Question.STILL_IN_SITUATION, Answer.NO)
                .build();
        Screening refusingButWilling = adult(Nation.ENGLAND, Consent.REFUSED)
                .answer(Question.STILL_IN_SITUATION, Answer.NO).answer(Question.WILLING_TO_TALK_TO_POLICE, Answer.YES)
                .build();

        NrmDraft anonymous = draft(refusing, COUNCIL);
        NrmDraft named = draft(refusingButWilling, COUNCIL);

        assertThat(anonymous.branch(), is(NrmDraft.Branch.DUTY_TO_NOTIFY));
        assertThat(ids(anonymous), is(concat(ADULT_REPORT, "consent", "reason-for-refusing", "gender",
                "nationality", "name-and-contact-withheld")));
        assertThat(ids(named), is(concat(ADULT_REPORT, "consent", "reason-for-refusing", "gender",
                "nationality", "name-and-contact")));
        assertThat(ids(anonymous), not(hasItem("date-of-birth")));
        assertThat(ids(anonymous), not(hasItem("your-details")));
    }

    @Test
    public void of_shouldAskWhatKeepsThemThereOnlyAfterYesAndNothingBeforeTheQuestionIsAnswered() {
        NrmDraft stillThere = draft(adult(Nation.ENGLAND, Consent.GIVEN)
                .answer(Question.STILL_IN_SITUATION, Answer.YES).build(), FIRST_RESPONDER);
        NrmDraft notAsked = draft(adult(Nation.ENGLAND, Consent.GIVEN).build(), FIRST_RESPONDER);

        assertThat(byId(stillThere).get("what-keeps-them-there").status(), is(NrmDraft.Status.MISSING));
        assertThat(byId(stillThere).containsKey("how-they-left"), is(false));
        assertThat(byId(notAsked).get("still-in-situation").status(), is(NrmDraft.Status.MISSING));
        assertThat(byId(notAsked).get("still-in-situation").asks(), contains(Question.STILL_IN_SITUATION));
        assertThat(byId(notAsked).containsKey("what-keeps-them-there"), is(false));
        assertThat(byId(notAsked).containsKey("how-they-left"), is(false));
    }

    @Test
    public void of_shouldAskWhyNowUnlessThisIsTheirFirstChance() {
        NrmDraft first = draft(adult(Nation.ENGLAND, Consent.GIVEN).answer(Question.FIRST_CHANCE, Answer.YES)
                .build(), FIRST_RESPONDER);
        NrmDraft notFirst = draft(adult(Nation.ENGLAND, Consent.GIVEN).answer(Question.FIRST_CHANCE, Answer.NO)
                .whyNow("The boss went abroad").build(), FIRST_RESPONDER);

        assertThat(byId(first).containsKey("why-now"), is(false));
        assertThat(byId(notFirst).get("why-now").facts().get(0).text(), is("The boss went abroad"));
    }

    @Test
    public void of_shouldAskForTheBestInterestsDecisionForAnAdultWhoCannotDecide() {
        NrmDraft undecided = draft(adult(Nation.ENGLAND, Consent.UNABLE).build(), FIRST_RESPONDER);
        NrmDraft decided = draft(adult(Nation.SCOTLAND, Consent.UNABLE)
                .bestInterests("Sheriff's intervention order, 2 Dec 2026").build(), FIRST_RESPONDER);

        assertThat(undecided.branch(), is(NrmDraft.Branch.ADULT));
        assertThat(byId(undecided).get("consent").facts().get(0).values(), contains(Consent.UNABLE));
        assertThat(byId(undecided).get("best-interests").status(), is(NrmDraft.Status.MISSING));
        assertThat(byId(decided).get("best-interests").facts().get(0).text(),
                is("Sheriff's intervention order, 2 Dec 2026"));
        assertThat(byId(draft(adult(Nation.ENGLAND, Consent.GIVEN).build(), FIRST_RESPONDER))
                .containsKey("best-interests"), is(false));
    }

    @Test
    public void of_shouldHoldTheLocalAuthorityContactedFromTheChildrensServicesRouteOrShare() {
        Screening child = adult(Nation.ENGLAND, Consent.NOT_ASKED_YET).ageGroup(AgeGroup.UNDER_18).build();
        ReferralRecord referred = new ReferralRecord(Set.of(Route.CHILDRENS_SERVICES), Optional.empty(),
                Optional.empty(), Optional.empty());
        Assessment assessment = Assessor.assess(child, FIRST_RESPONDER, TODAY);

        NrmDraft byRoute = NrmDraft.of(child, assessment, new NrmDraft.Recorded("SG-1", referred, Optional.empty(),
                List.of()), TODAY);
        NrmDraft byShare = NrmDraft.of(child, assessment, new NrmDraft.Recorded("SG-1", NO_REFERRALS,
                Optional.empty(), List.of(share(1, Agency.CHILD_PROTECTION, "Leeds MASH", "M-77", Optional.empty()))),
                TODAY);

        assertThat(byId(byRoute).get("local-authority-contacted").facts().get(0).values(),
                contains(Route.CHILDRENS_SERVICES));
        assertThat(byId(byShare).get("local-authority-contacted").facts().get(0).text(), is("Leeds MASH; M-77"));
        assertThat(byId(byShare).get("local-authority-contacted").status(), is(NrmDraft.Status.HELD));
    }

    @Test
    public void of_shouldListTheIndicatorsSeenAndThoseTheAnswersRevealAndGiveTheRiskToTheLeadsInsight() {
        Screening screening = adult(Nation.ENGLAND, Consent.GIVEN)
                .indicatorsSeen(List.of(Indicator.PHYSICAL_NEGLECTED)).build();

        NrmDraft draft = draft(screening, FIRST_RESPONDER);

        List<Identified> indicators = byId(draft).get("indicators").facts().get(0).values();
        assertThat(indicators, hasItem(Indicator.PHYSICAL_NEGLECTED));
        assertThat(indicators, hasItem(Indicator.ILO_DEBT_BONDAGE));
        assertThat(indicators, hasItem(Indicator.ILO_RETENTION_OF_DOCUMENTS));
        NrmDraft.Line insight = byId(draft).get("professional-insight");
        assertThat(insight.status(), is(NrmDraft.Status.NOT_RECORDED_HERE));
        assertThat(insight.facts().get(0).values(), contains(RiskLevel.HIGH));
        assertThat(byId(draft(Screening.builder().build(), FIRST_RESPONDER)).get("indicators").facts(), empty());
    }

    /** What the person pages hold, each from its own part of the case, and each missing when the case has none. */
    @Test
    public void of_shouldFillThePersonPagesFromTheCaseAndMarkEachEmptyOneMissing() {
        Screening full = adult(Nation.ENGLAND, Consent.GIVEN).dateOfBirth(LocalDate.of(1990, 4, 30))
                .gender(Gender.FEMALE).interpreterNeeded(Answer.YES).language("Albanian")
                .supportNeeds(List.of(SupportNeed.SAFE_PLACE_TO_STAY)).safeToContact(List.of(ContactChannel.PHONE))
                .policeDescription(new PoliceDescription(null, null, "  Albanian  ", null, null, null, null, null))
                .answer(Question.STILL_IN_SITUATION, Answer.YES).situationNow("He keeps her passport").build();
        Screening empty = adult(Nation.ENGLAND, Consent.GIVEN).interpreterNeeded(Answer.NO).language("Albanian")
                .policeDescription(new PoliceDescription(null, null, " ", null, null, null, null, null)).build();

        Map<String, NrmDraft.Line> held = byId(draft(full, FIRST_RESPONDER));
        Map<String, NrmDraft.Line> none = byId(draft(empty, FIRST_RESPONDER));

        assertThat(held.get("date-of-birth").facts().get(0).day(), is(Optional.of(LocalDate.of(1990, 4, 30))));
        assertThat(held.get("gender").facts().get(0).values(), contains(Gender.FEMALE));
        assertThat(held.get("interpreter").facts().get(0).text(), is("Albanian"));
        assertThat(held.get("nationality").facts().get(0).text(), is("Albanian"));
        assertThat(held.get("wants-support").facts().get(0).values(), contains(SupportNeed.SAFE_PLACE_TO_STAY));
        assertThat(held.get("contact-details").facts().get(0).values(), contains(ContactChannel.PHONE));
        assertThat(held.get("what-keeps-them-there").facts().get(0).text(), is("He keeps her passport"));
        assertThat(none.get("interpreter").facts().get(0).text(), is(""));
        for (String missing : List.of("nationality", "wants-support", "contact-details", "date-of-birth", "gender")) {
            assertThat(missing, none.get(missing).status(), is(NrmDraft.Status.MISSING));
        }
    }

    @Test
    public void of_shouldGiveTheRefusalOnTheDutyToNotifyBranchAndMissTheReferenceOfACaseWithoutOne() {
        Screening refusing = adult(Nation.ENGLAND, Consent.REFUSED).build();

        NrmDraft draft = NrmDraft.of(refusing, Assessor.assess(refusing, COUNCIL, TODAY), new NrmDraft.Recorded(" ",
                NO_REFERRALS, Optional.of("  \n "), List.of()), TODAY);

        assertThat(byId(draft).get("consent").facts().get(0).values(), contains(Consent.REFUSED));
        assertThat(byId(draft).get("reference").status(), is(NrmDraft.Status.MISSING));
        assertThat(draft.account(), is(Optional.empty()));
    }

    /** Only children's services count as the local authority contacted about a child, and the share's words join. */
    @Test
    public void of_shouldCountOnlyAChildProtectionShareAsTheLocalAuthorityContacted() {
        Screening child = adult(Nation.ENGLAND, Consent.NOT_ASKED_YET).ageGroup(AgeGroup.UNDER_18).build();

        NrmDraft draft = NrmDraft.of(child, Assessor.assess(child, FIRST_RESPONDER, TODAY), new NrmDraft.Recorded(
                "SG-1", NO_REFERRALS, Optional.empty(), List.of(share(1, Agency.POLICE, "Met", "CAD 1",
                        Optional.empty()), share(2, Agency.CHILD_PROTECTION, " ", "M-9", Optional.empty()))), TODAY);

        NrmDraft.Line contacted = byId(draft).get("local-authority-contacted");
        assertThat(contacted.facts().size(), is(1));
        assertThat(contacted.facts().get(0).text(), is("M-9"));
    }
}
