package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The agency and sharing log's rules, from the UK's data-protection conditions for safeguarding (domain reference
 * §8.2, §8.3): each share documented with its basis, and consent as a basis only where consent was given.
 */
public class AgencyShareTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Set<LawfulBasis> ANY_BASIS = EnumSet.allOf(LawfulBasis.class);

    /** A council shares with the police without consent, asking would put the person at risk (Sch. 1 para 18). */
    private static AgencyShare withoutConsent(String because) {
        return new AgencyShare(Agency.POLICE, "Metropolitan Police", TODAY, SharingChannel.PHONE,
                "Where she works and who drives her there", LawfulBasis.PUBLIC_TASK, SharingCondition.SAFEGUARDING,
                false, because, "CAD 4411", Optional.empty());
    }

    private static AgencyShare withConsent(LawfulBasis basis, SharingCondition condition, Optional<Long> corrects) {
        return new AgencyShare(Agency.HOME_OFFICE_NRM, null, TODAY.minusDays(2), SharingChannel.ONLINE_FORM,
                "The NRM referral", basis, condition, true, null, "NRM-2026-1", corrects);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    public void problems_shouldAcceptAShareWithoutConsentThatSaysWhy() {
        assertThat(withoutConsent("Asking her would alert the man who controls her phone").problems(TODAY, List.of(),
                ANY_BASIS), is(empty()));
        assertThat(withConsent(LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT, Optional.empty())
                .problems(TODAY, List.of(), ANY_BASIS), is(empty()));
    }

    @Test
    public void problems_shouldAskWhyWhenSharedWithoutConsentEvenIfTheReasonIsOnlyInvisibleCharacters() {
        for (String because : new String[] {null, "", "   ", "\u200b\u200b"}) {
            assertThat(String.valueOf(because), fields(withoutConsent(because).problems(TODAY, List.of(), ANY_BASIS)),
                    contains("withoutConsentBecause"));
        }
    }

    @Test
    public void problems_shouldRefuseConsentAsTheBasisOrConditionWhenTheShareWasWithoutConsent() {
        AgencyShare onConsent = new AgencyShare(Agency.SUPPORT_PROVIDER, "The Salvation Army", TODAY,
                SharingChannel.SECURE_EMAIL, "Support needs", LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT,
                false, "She could not be reached", null, Optional.empty());

        assertThat(fields(onConsent.problems(TODAY, List.of(), ANY_BASIS)), contains("withConsent"));
    }

    @Test
    public void problems_shouldRefuseAReasonForSharingWithoutConsentWhenConsentWasGiven() {
        AgencyShare both = new AgencyShare(Agency.HEALTH, "GP surgery", TODAY, SharingChannel.LETTER, "Injuries seen",
                LawfulBasis.LEGITIMATE_INTERESTS, SharingCondition.SAFEGUARDING, true, "Urgent", null,
                Optional.empty());

        assertThat(fields(both.problems(TODAY, List.of(), ANY_BASIS)), contains("withoutConsentBecause"));
    }

    @Test
    public void problems_shouldRefuseADayInTheFutureOrBefore1900() {
        for (LocalDate day : List.of(TODAY.plusDays(1), LocalDate.of(1899, 12, 31))) {
            AgencyShare share = new AgencyShare(Agency.GUARDIAN, null, day, SharingChannel.MEETING, "Plan agreed",
                    LawfulBasis.PUBLIC_TASK, SharingCondition.SAFEGUARDING, true, null, null, Optional.empty());

            assertThat(day.toString(), fields(share.problems(TODAY, List.of(), ANY_BASIS)), contains("sharedOn"));
        }
    }

    @Test
    public void problems_shouldAskWhatWasSharedAndTheNameOfAnOtherAgency() {
        AgencyShare vague = new AgencyShare(Agency.OTHER, " ", TODAY, SharingChannel.EMAIL, "\u00a0",
                LawfulBasis.LEGITIMATE_INTERESTS, SharingCondition.NONE_NEEDED, true, null, null, Optional.empty());

        assertThat(fields(vague.problems(TODAY, List.of(), ANY_BASIS)), contains("agencyName", "whatShared"));
    }

    @Test
    public void problems_shouldRefuseACorrectionOfAnEntryThatIsNotOnThisCase() {
        AgencyShare.Recorded first = new AgencyShare.Recorded(7, "SG-1", "lead", NOW,
                withConsent(LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT, Optional.empty()));

        assertThat(withConsent(LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT, Optional.of(7L))
                .problems(TODAY, List.of(first), ANY_BASIS), is(empty()));
        assertThat(fields(withConsent(LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT, Optional.of(8L))
                .problems(TODAY, List.of(first), ANY_BASIS)), contains("corrects"));
    }

    /** §14.4: a public authority may use neither (ea) nor (f) for its tasks; public task, legal obligation, vital. */
    @Test
    public void problems_shouldRefuseLegitimateInterestsOfEitherKindToAPublicAuthority() {
        Set<LawfulBasis> council = OrganisationType.PUBLIC_AUTHORITY.lawfulBases();

        for (LawfulBasis basis : List.of(LawfulBasis.LEGITIMATE_INTERESTS, LawfulBasis.RECOGNISED_LEGITIMATE_INTEREST)) {
            assertThat(basis.id(), fields(withConsent(basis, SharingCondition.SAFEGUARDING, Optional.empty())
                    .problems(TODAY, List.of(), council)), contains("basis"));
        }
        for (LawfulBasis basis : List.of(LawfulBasis.PUBLIC_TASK, LawfulBasis.LEGAL_OBLIGATION,
                LawfulBasis.VITAL_INTERESTS)) {
            assertThat(basis.id(), withConsent(basis, SharingCondition.SAFEGUARDING, Optional.empty())
                    .problems(TODAY, List.of(), council), is(empty()));
        }
        assertThat(OrganisationType.CHARITY.lawfulBases(), is(ANY_BASIS));
        assertThat(OrganisationType.OTHER.lawfulBases(), is(ANY_BASIS));
    }

    /** §14.4: the recognised legitimate interest exists from 5 February 2026 (SI 2026/82), not Royal Assent. */
    @Test
    public void problems_shouldRefuseTheRecognisedLegitimateInterestForAShareBefore5February2026() {
        AgencyShare onTheDay = new AgencyShare(Agency.CHILD_PROTECTION, null, LocalDate.of(2026, 2, 5),
                SharingChannel.PHONE, "Her age and where she sleeps", LawfulBasis.RECOGNISED_LEGITIMATE_INTEREST,
                SharingCondition.SAFEGUARDING, true, null, null, Optional.empty());
        AgencyShare dayBefore = new AgencyShare(Agency.CHILD_PROTECTION, null, LocalDate.of(2026, 2, 4),
                SharingChannel.PHONE, "Her age and where she sleeps", LawfulBasis.RECOGNISED_LEGITIMATE_INTEREST,
                SharingCondition.SAFEGUARDING, true, null, null, Optional.empty());

        assertThat(onTheDay.problems(TODAY, List.of(), ANY_BASIS), is(empty()));
        assertThat(fields(dayBefore.problems(TODAY, List.of(), ANY_BASIS)), contains("basis"));
        assertThat(LawfulBasis.LEGITIMATE_INTERESTS.existedOn(LocalDate.of(2020, 1, 1)), is(true));
    }

    @Test
    public void corrected_shouldNameEveryEntryALaterEntryCorrects() {
        List<AgencyShare.Recorded> log = List.of(
                new AgencyShare.Recorded(1, "SG-1", "lead", NOW, withoutConsent("Risk to her")),
                new AgencyShare.Recorded(2, "SG-1", "lead", NOW, withConsent(LawfulBasis.CONSENT,
                        SharingCondition.EXPLICIT_CONSENT, Optional.empty())),
                new AgencyShare.Recorded(3, "SG-1", "lead", NOW, withConsent(LawfulBasis.PUBLIC_TASK,
                        SharingCondition.SAFEGUARDING, Optional.of(2L))),
                new AgencyShare.Recorded(4, "SG-1", "lead", NOW, withConsent(LawfulBasis.PUBLIC_TASK,
                        SharingCondition.SAFEGUARDING, Optional.of(1L))));

        assertThat(AgencyShare.corrected(log), containsInAnyOrder(1L, 2L));
    }

    @Test
    public void anonymised_shouldRemoveWhatItSaysAboutThePersonAndKeepWhomWhenHowAndOnWhichBasis() {
        AgencyShare anonymised = withoutConsent("Her brother is the exploiter").anonymised("[anonymised]");

        assertThat(anonymised.whatShared(), is("[anonymised]"));
        assertThat(anonymised.withoutConsentBecause(), is("[anonymised]"));
        assertThat(anonymised.theirReference(), is("[anonymised]"));
        assertThat(anonymised.agency(), is(Agency.POLICE));
        assertThat(anonymised.agencyName(), is("Metropolitan Police"));
        assertThat(anonymised.sharedOn(), is(TODAY));
        assertThat(anonymised.basis(), is(LawfulBasis.PUBLIC_TASK));
        assertThat(withConsent(LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT, Optional.empty())
                .anonymised("[anonymised]").withoutConsentBecause(), is(nullValue()));
    }

    private static ShareDecision decided(boolean shared, boolean told, String notToldBecause, String notSharedBecause,
                                         Optional<SharingCondition> criminal) {
        return new ShareDecision(shared, "So the police can protect her tonight", "Sam, the DSL", told,
                notToldBecause, notSharedBecause, "ISA-7", false, criminal);
    }

    private static AgencyShare toPolice(LawfulBasis basis, SharingCondition condition, ShareDecision decision) {
        return new AgencyShare(Agency.POLICE, null, TODAY, SharingChannel.PHONE, "Where she works", basis, condition,
                basis == LawfulBasis.CONSENT, basis == LawfulBasis.CONSENT ? null : "Asking would alert him", null,
                Optional.empty(), Optional.of(decision));
    }

    /** §14.4: the ICO's code asks why, who decided, and whether the person was told or why not. */
    @Test
    public void problems_shouldAskForThePurposeWhoDecidedAndWhyThePersonWasNotTold() {
        ShareDecision blank = new ShareDecision(true, " ", "\u200b", false, null, null, null, false,
                Optional.empty());
        ShareDecision toldButWhyNot = decided(true, true, "They would tell him", null, Optional.empty());

        assertThat(fields(toPolice(LawfulBasis.PUBLIC_TASK, SharingCondition.PREVENTING_UNLAWFUL_ACTS, blank)
                .problems(TODAY, List.of(), ANY_BASIS)), contains("purpose", "decidedBy", "notToldBecause"));
        assertThat(fields(toPolice(LawfulBasis.PUBLIC_TASK, SharingCondition.PREVENTING_UNLAWFUL_ACTS, toldButWhyNot)
                .problems(TODAY, List.of(), ANY_BASIS)), contains("notToldBecause"));
        assertThat(toPolice(LawfulBasis.PUBLIC_TASK, SharingCondition.PREVENTING_UNLAWFUL_ACTS, decided(true, false,
                "Telling her would alert him", null, Optional.of(SharingCondition.PREVENTING_UNLAWFUL_ACTS)))
                .problems(TODAY, List.of(), ANY_BASIS), is(empty()));
    }

    @Test
    public void problems_shouldKeepADecisionNotToShareWithItsReasonAndNoChannelBasisConditionOrCriminalCondition() {
        AgencyShare notShared = new AgencyShare(Agency.OTHER, "Her employer", TODAY, null, "Her address", null, null,
                false, null, null, Optional.empty(), Optional.of(decided(false, true, null, "He may control her",
                Optional.empty())));
        AgencyShare noReason = new AgencyShare(Agency.OTHER, "Her employer", TODAY, SharingChannel.PHONE,
                "Her address", LawfulBasis.PUBLIC_TASK, null, false, null, null, Optional.empty(),
                Optional.of(decided(false, true, null, null, Optional.of(SharingCondition.SAFEGUARDING))));

        AgencyShare withCondition = new AgencyShare(Agency.OTHER, "Her employer", TODAY, null, "Her address", null,
                SharingCondition.SAFEGUARDING, false, null, null, Optional.empty(), notShared.decision());

        assertThat(notShared.problems(TODAY, List.of(), ANY_BASIS), is(empty()));
        assertThat(notShared.isShared(), is(false));
        assertThat(notShared.cautions(OrganisationType.PUBLIC_AUTHORITY), is(empty()));
        assertThat(fields(withCondition.problems(TODAY, List.of(), ANY_BASIS)), contains("condition"));
        assertThat(fields(noReason.problems(TODAY, List.of(), ANY_BASIS)), containsInAnyOrder("channel", "basis",
                "notSharedBecause", "criminalCondition"));
    }

    @Test
    public void problems_shouldRefuseNoneNeededAsTheConditionForCriminalOffenceInformation() {
        assertThat(fields(toPolice(LawfulBasis.PUBLIC_TASK, SharingCondition.SAFEGUARDING, decided(true, true, null,
                null, Optional.of(SharingCondition.NONE_NEEDED))).problems(TODAY, List.of(), ANY_BASIS)),
                contains("criminalCondition"));
    }

    /**
     * §14.4: consent cannot be freely given to a public authority or when sharing with the police or the Home
     * Office; Schedule 1 Part 2 conditions (paras 6, 10, 18, 19) rest on an appropriate policy document, Part 1 para
     * 2 and Article 9(2) conditions do not.
     */
    @Test
    public void cautions_shouldWarnOfConsentThatCannotBeFreeAndOfConditionsThatNeedThePolicyDocument() {
        ShareDecision told = decided(true, true, null, null, Optional.empty());
        AgencyShare consentToPolice = toPolice(LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT, told);
        AgencyShare consentToHousing = new AgencyShare(Agency.HOUSING, null, TODAY, SharingChannel.PHONE, "Her needs",
                LawfulBasis.CONSENT, SharingCondition.EXPLICIT_CONSENT, true, null, null, Optional.empty(),
                Optional.of(told));

        assertThat(consentToPolice.cautions(OrganisationType.CHARITY), contains(
                AgencyShare.Caution.CONSENT_NOT_FREELY_GIVEN));
        assertThat(consentToHousing.cautions(OrganisationType.CHARITY), is(empty()));
        assertThat(consentToHousing.cautions(OrganisationType.PUBLIC_AUTHORITY), contains(
                AgencyShare.Caution.CONSENT_NOT_FREELY_GIVEN));
        for (SharingCondition condition : SharingCondition.values()) {
            boolean partTwo = Set.of(SharingCondition.SAFEGUARDING, SharingCondition.PREVENTING_UNLAWFUL_ACTS,
                    SharingCondition.STATUTORY_PURPOSES, SharingCondition.ECONOMIC_WELLBEING).contains(condition);
            assertThat(condition.name(), toPolice(LawfulBasis.PUBLIC_TASK, condition, told)
                    .cautions(OrganisationType.PUBLIC_AUTHORITY).contains(AgencyShare.Caution.NEEDS_POLICY_DOCUMENT),
                    is(partTwo));
        }
        assertThat(toPolice(LawfulBasis.PUBLIC_TASK, SharingCondition.NONE_NEEDED, decided(true, true, null, null,
                Optional.of(SharingCondition.PREVENTING_UNLAWFUL_ACTS))).cautions(OrganisationType.CHARITY),
                contains(AgencyShare.Caution.NEEDS_POLICY_DOCUMENT));
    }

    @Test
    public void anonymised_shouldRemoveTheDecisionsWordsAboutThePersonAndKeepWhoDecidedAndTheBasis() {
        AgencyShare anonymised = toPolice(LawfulBasis.PUBLIC_TASK, SharingCondition.SAFEGUARDING, decided(true, false,
                "Telling her would alert him", null, Optional.empty())).anonymised("[removed]");

        ShareDecision decision = anonymised.decision().orElseThrow();
        assertThat(decision.purpose(), is("[removed]"));
        assertThat(decision.notToldBecause(), is("[removed]"));
        assertThat(decision.notSharedBecause(), is(nullValue()));
        assertThat(decision.decidedBy(), is("Sam, the DSL"));
        assertThat(anonymised.basis(), is(LawfulBasis.PUBLIC_TASK));
    }
}
