package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Recommendation;
import org.safeguarding.screening.Screening;

/**
 * The NRM-ready draft against the digital form's sections and fields (domain reference §2.5), the route rules for
 * children and refusing adults (§2.3, §2.4) and the nations (§13.1, §13.2).
 */
public class NrmDraftTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Organisation FIRST_RESPONDER = new Organisation(true, false);
    private static final Organisation COUNCIL = new Organisation(true, true);
    private static final Organisation CHARITY = new Organisation(false, false);
    private static final ReferralRecord NO_REFERRALS = new ReferralRecord(Set.of(), Optional.empty(),
            Optional.empty());

    /** An adult with worrying answers: what the form's narrative questions are asked about. */
    private static Screening.Builder adult(Nation nation, Consent consent) {
        return Screening.builder().immediateDanger(Answer.NO).ageGroup(AgeGroup.ADULT).nation(nation)
                .consent(consent).answer(Question.OWES_MONEY, Answer.YES)
                .answer(Question.DOCUMENTS_HELD, Answer.YES).answer(Question.FORCED_OR_HELD, Answer.YES);
    }

    private static NrmDraft draft(Screening screening, Organisation organisation) {
        return NrmDraft.of(screening, Assessor.assess(screening, organisation, TODAY),
                new NrmDraft.Recorded(NO_REFERRALS, Optional.empty(), List.of()), TODAY);
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
                    is(NrmDraft.Status.NOT_RECORDED_HERE));
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
    public void of_shouldKeepTheFormsSectionOrder() {
        List<NrmDraft.Section> sections = draft(adult(Nation.ENGLAND, Consent.GIVEN).build(), FIRST_RESPONDER)
                .lines().stream().map(NrmDraft.Line::section).distinct().toList();

        assertThat(sections, contains(NrmDraft.Section.YOUR_REPORT, NrmDraft.Section.POTENTIAL_VICTIM,
                NrmDraft.Section.SOMEONE_ELSE, NrmDraft.Section.YOUR_DETAILS));
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
        assertThat(missing, not(hasItem("what-happened")));
        assertThat(missing, not(hasItem("other-agencies")));
        List<String> stillMissing = full.missing().stream().map(NrmDraft.Line::id).toList();
        assertThat(stillMissing, not(hasItem("nation")));
        assertThat(stillMissing, not(hasItem("exploitation-types")));
        assertThat(empty.missing(), not(empty()));
    }

    @Test
    public void of_shouldListTheOtherAgenciesReferredOrSharedWithAndThePolicesReferenceButNotTheNrmItself() {
        Screening screening = adult(Nation.ENGLAND, Consent.GIVEN).build();
        ReferralRecord referred = new ReferralRecord(Set.of(Route.NRM_REFERRAL, Route.POLICE), Optional.empty(),
                Optional.empty());

        NrmDraft.Recorded sharedToo = new NrmDraft.Recorded(referred, Optional.empty(), List.of(
                share(1, Agency.POLICE, "Met Police", "CAD 1", Optional.empty()),
                share(2, Agency.POLICE, "Met Police", "CAD 2", Optional.of(1L)),
                share(3, Agency.HOME_OFFICE_NRM, null, "NRM-9", Optional.empty()),
                share(4, Agency.GUARDIAN, null, null, Optional.empty())));

        NrmDraft draft = NrmDraft.of(screening, Assessor.assess(screening, FIRST_RESPONDER, TODAY), sharedToo, TODAY);

        List<NrmDraft.Fact> others = byId(draft).get("other-agencies").facts();
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
    public void of_shouldGiveTheWorkersAccountAsWhatHappenedAndSayTheFormWantsNoNamesInIt() {
        Screening screening = adult(Nation.ENGLAND, Consent.GIVEN).build();
        NrmDraft written = NrmDraft.of(screening, Assessor.assess(screening, FIRST_RESPONDER, TODAY),
                new NrmDraft.Recorded(NO_REFERRALS, Optional.of(
                        "  Worked 14 hours a day at a car wash; boss kept her passport.  "), List.of()), TODAY);

        NrmDraft.Line happened = byId(written).get("what-happened");
        NrmDraft.Line notWritten = byId(draft(screening, FIRST_RESPONDER)).get("what-happened");

        assertThat(happened.status(), is(NrmDraft.Status.HELD));
        assertThat(happened.facts().get(0).text(), is("Worked 14 hours a day at a car wash; boss kept her passport."));
        assertThat(happened.noNames(), is(true));
        assertThat(notWritten.status(), is(NrmDraft.Status.NOT_RECORDED_HERE));
        assertThat(byId(written).get("nation").noNames(), is(false));
    }
}
