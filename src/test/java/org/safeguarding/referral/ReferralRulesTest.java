package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Screening;

public class ReferralRulesTest {
    private static final Optional<String> NO_NAME = Optional.empty();
    private static final Optional<String> NO_OUTCOME = Optional.empty();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Organisation CHARITY = new Organisation(false, false);
    private static final Organisation COUNCIL = new Organisation(true, true);
    private static final Organisation ENGLISH_COUNCIL = new Organisation(true, true, Optional.of(Nation.ENGLAND));

    @Test
    public void dangerChecked_shouldTakeYesNoOrNotSure() {
        for (Answer answer : List.of(Answer.YES, Answer.NO, Answer.NOT_SURE)) {
            assertThat(answer.id(), ReferralRules.dangerChecked(Optional.of(answer)), empty());
        }
    }

    @Test
    public void dangerChecked_shouldRefuseNoAnswerOrADeclinedOne() {
        RuleBreach needed = new RuleBreach("safeguarding.workflow.error.danger-check-needed", "dangerChecked");

        assertThat(ReferralRules.dangerChecked(Optional.empty()), contains(needed));
        assertThat(ReferralRules.dangerChecked(Optional.of(Answer.DECLINED)), contains(needed));
    }

    @Test
    public void recordRoute_shouldAllowAnNrmReferralForAnAdultWhoAgreed() {
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, adult(Consent.GIVEN), CHARITY, TODAY), empty());
    }

    @Test
    public void recordRoute_shouldAllowAnNrmReferralForAChildOrSomeoneWhoMayBeOneWithoutConsent() {
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, person(AgeGroup.UNDER_18, null), CHARITY, TODAY),
                empty());
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, person(AgeGroup.NOT_SURE, Consent.REFUSED), CHARITY,
                TODAY), empty());
    }

    @Test
    public void recordRoute_shouldRefuseAnNrmReferralForAnAdultWhoHasNotAgreed() {
        for (Consent consent : new Consent[] {Consent.REFUSED, Consent.NOT_ASKED_YET, null}) {
            assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, adult(consent), CHARITY, TODAY),
                    contains(new RuleBreach("safeguarding.workflow.error.nrm-needs-consent", "consent")));
        }
    }

    @Test
    public void recordRoute_shouldAskForTheAgeBeforeAnNrmReferral() {
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, Screening.builder().build(), CHARITY, TODAY),
                contains(new RuleBreach("safeguarding.workflow.error.nrm-needs-age", "ageGroup")));
    }

    @Test
    public void recordRoute_shouldAllowTheDutyToNotifyForAPublicAuthorityWhenAnAdultRefused() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.REFUSED), ENGLISH_COUNCIL, TODAY),
                empty());
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, Screening.builder().ageGroup(AgeGroup.ADULT)
                .consent(Consent.REFUSED).nation(Nation.WALES).build(), COUNCIL, TODAY), empty());
    }

    /** §14.5: with no nation on the case and none the organisation alone works in, ask for it before notifying. */
    @Test
    public void recordRoute_shouldAskForTheNationBeforeTheDutyToNotify() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.REFUSED), COUNCIL, TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-needs-nation", "nation")));
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.REFUSED), new Organisation(true, true,
                Optional.of(Nation.SCOTLAND)), TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-england-wales-only", "route")));
    }

    @Test
    public void recordRoute_shouldRefuseTheDutyToNotifyToAnOrganisationWithoutTheDuty() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.REFUSED), CHARITY, TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-public-authorities-only", "route")));
    }

    @Test
    public void recordRoute_shouldRefuseTheDutyToNotifyForAChild() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, person(AgeGroup.NOT_SURE, Consent.REFUSED), COUNCIL,
                TODAY), contains(new RuleBreach("safeguarding.workflow.error.duty-to-notify-not-for-children", "route")));
    }

    @Test
    public void recordRoute_shouldRefuseTheDutyToNotifyWhenTheAdultHasNotSaidNo() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.GIVEN), COUNCIL, TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-needs-refusal", "consent")));
    }

    /** §14.2: "unable" is never a refusal: no Duty to Notify, and no NRM referral until a best-interests decision. */
    @Test
    public void recordRoute_shouldNeverTreatAnAdultWhoCannotDecideAsRefusing() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.UNABLE), COUNCIL, TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-needs-refusal", "consent")));
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, adult(Consent.UNABLE), COUNCIL, TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.nrm-needs-best-interests", "bestInterests")));
        assertThat(ReferralRules.recordRoute(Route.ADULT_SAFEGUARDING_CONCERN, adult(Consent.UNABLE), COUNCIL, TODAY),
                empty());
    }

    /** §14.2: referred on a best-interests decision in England, Wales and Scotland; in Northern Ireland the Trust. */
    @Test
    public void recordRoute_shouldAllowAnNrmReferralOnARecordedBestInterestsDecisionExceptInNorthernIreland() {
        for (Nation nation : new Nation[] {Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND}) {
            assertThat(nation.id(), ReferralRules.recordRoute(Route.NRM_REFERRAL, decidedFor(nation), CHARITY, TODAY),
                    empty());
        }
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, decidedFor(Nation.NORTHERN_IRELAND), CHARITY, TODAY),
                contains(new RuleBreach("safeguarding.workflow.error.nrm-unable-northern-ireland", "consent")));
    }

    private static Screening decidedFor(Nation nation) {
        return Screening.builder().ageGroup(AgeGroup.ADULT).consent(Consent.UNABLE).nation(nation)
                .bestInterests("Dr Amal Reyes, 3 Dec 2026: she cannot weigh the choice; referral protects her").build();
    }

    @Test
    public void recordRoute_shouldRefuseAnAdultSafeguardingConcernForAChildOrSomeoneWhoMayBeOne() {
        for (AgeGroup age : new AgeGroup[] {AgeGroup.UNDER_18, AgeGroup.NOT_SURE}) {
            assertThat(age.id(), ReferralRules.recordRoute(Route.ADULT_SAFEGUARDING_CONCERN, person(age, null), CHARITY,
                    TODAY), contains(new RuleBreach("safeguarding.workflow.error.adult-concern-not-for-children",
                    "route")));
        }
    }

    /** The NRM form asks the types of exploitation (§4.3, [S15]): the route needs them; another route does not. */
    @Test
    public void refer_shouldAskForTheTypeOfExploitationOnlyForAnNrmReferral() {
        Screening untyped = Screening.builder().ageGroup(AgeGroup.UNDER_18).build();

        assertThat(ReferralRules.refer(Set.of(Route.NRM_REFERRAL, Route.CHILDRENS_SERVICES), untyped, CHARITY,
                Optional.of("Leeds children's social care"), TODAY), contains(new RuleBreach(
                "safeguarding.workflow.error.nrm-needs-exploitation-type", "exploitationTypes")));
        assertThat(ReferralRules.refer(Set.of(Route.CHILDRENS_SERVICES), untyped, CHARITY, NO_NAME, TODAY), empty());
    }

    @Test
    public void refer_shouldAskForARouteWhenNoneWasAdded() {
        assertThat(ReferralRules.refer(Set.of(), adult(Consent.GIVEN), CHARITY, NO_NAME, TODAY),
                contains(new RuleBreach("safeguarding.workflow.error.refer-needs-route", "route")));
    }

    @Test
    public void refer_shouldCheckEveryAddedRoute() {
        assertThat(ReferralRules.refer(Set.of(Route.NRM_REFERRAL, Route.DUTY_TO_NOTIFY), adult(Consent.NOT_ASKED_YET),
                CHARITY, NO_NAME, TODAY), containsInAnyOrder(
                new RuleBreach("safeguarding.workflow.error.nrm-needs-consent", "consent"),
                new RuleBreach("safeguarding.workflow.error.nrm-needs-first-responder", "firstResponder"),
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-public-authorities-only", "route"),
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-needs-refusal", "consent")));
        assertThat(ReferralRules.refer(Set.of(Route.NRM_REFERRAL, Route.POLICE), adult(Consent.GIVEN), CHARITY,
                Optional.of("Migrant Help"), TODAY), empty());
    }

    /**
     * An organisation that is not a First Responder records the NRM route as a referral through one, and says which
     * (issue 29); a First Responder makes it itself and is asked for no name.
     */
    @Test
    public void refer_shouldAskAnOrganisationThatIsNotAFirstResponderWhichOneMakesTheNrmReferral() {
        Organisation firstResponder = new Organisation(true, false);

        assertThat(ReferralRules.refer(Set.of(Route.NRM_REFERRAL), adult(Consent.GIVEN), CHARITY, Optional.of(" \u200b"),
                TODAY), contains(new RuleBreach("safeguarding.workflow.error.nrm-needs-first-responder",
                "firstResponder")));
        assertThat(ReferralRules.refer(Set.of(Route.NRM_REFERRAL), adult(Consent.GIVEN), firstResponder, NO_NAME,
                TODAY), empty());
        assertThat(ReferralRules.refer(Set.of(Route.POLICE), adult(Consent.GIVEN), CHARITY, NO_NAME, TODAY), empty());
    }

    @Test
    public void recordRoute_shouldAllowTheOtherRoutesAtAnyTime() {
        for (Route route : new Route[] {Route.CHILDRENS_SERVICES, Route.POLICE, Route.VICTIM_SUPPORT,
                Route.FIRST_RESPONDER_OR_HELPLINE}) {
            assertThat(route.id(), ReferralRules.recordRoute(route, Screening.builder().build(), CHARITY, TODAY),
                    empty());
        }
    }

    @Test
    public void close_shouldAllowACaseWithAResolutionAndARetentionReviewAhead() {
        assertThat(ReferralRules.close(adult(Consent.GIVEN), Set.of(Route.VICTIM_SUPPORT),
                Optional.of(Resolution.REFERRED_AND_SUPPORTED), NO_OUTCOME, Optional.of(TODAY.plusYears(6)), TODAY),
                empty());
    }

    @Test
    public void close_shouldNameEverythingMissingAtOnce() {
        assertThat(ReferralRules.close(person(AgeGroup.UNDER_18, null), Set.of(Route.POLICE), Optional.empty(),
                NO_OUTCOME, Optional.empty(), TODAY), containsInAnyOrder(
                new RuleBreach("safeguarding.workflow.error.close-needs-resolution", "resolution"),
                new RuleBreach("safeguarding.workflow.error.close-needs-retention-review", "retentionReview"),
                new RuleBreach("safeguarding.workflow.error.child-close-ways-out", "route")));
    }

    @Test
    public void close_shouldRefuseARetentionReviewThatIsNotAhead() {
        assertThat(ReferralRules.close(adult(Consent.GIVEN), Set.of(), Optional.of(Resolution.LOST_CONTACT),
                NO_OUTCOME, Optional.of(TODAY), TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.retention-review-must-be-ahead", "retentionReview")));
    }

    @Test
    public void close_shouldAllowAChildsCaseOnceChildrensServicesAreRecorded() {
        assertThat(ReferralRules.close(person(AgeGroup.NOT_SURE, null), Set.of(Route.CHILDRENS_SERVICES),
                Optional.of(Resolution.TRANSFERRED), NO_OUTCOME, Optional.of(TODAY.plusDays(1)), TODAY), empty());
    }

    @Test
    public void recordRoute_shouldTreatSomeoneBornFifteenYearsAgoAsAChildWhateverAgeGroupWasTicked() {
        Screening recordedAdult = Screening.builder().ageGroup(AgeGroup.ADULT).dateOfBirth(TODAY.minusYears(15))
                .consent(Consent.REFUSED).build();

        assertThat("a child needs no consent", ReferralRules.recordRoute(Route.NRM_REFERRAL, recordedAdult, CHARITY,
                TODAY), empty());
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, recordedAdult, COUNCIL, TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-not-for-children", "route")));
    }

    @Test
    public void recordRoute_shouldTreatSomeoneWhoTurned18AsAnAdultWhoseConsentCounts() {
        Screening turned18 = Screening.builder().ageGroup(AgeGroup.ADULT).dateOfBirth(TODAY.minusYears(18))
                .consent(Consent.NOT_ASKED_YET).build();

        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, turned18, CHARITY, TODAY),
                contains(new RuleBreach("safeguarding.workflow.error.nrm-needs-consent", "consent")));
    }

    @Test
    public void recordRoute_shouldRefuseTheDutyToNotifyInScotlandAndNorthernIrelandWhereNoneIsInForce() {
        for (Nation nation : new Nation[] {Nation.SCOTLAND, Nation.NORTHERN_IRELAND}) {
            Screening refused = Screening.builder().ageGroup(AgeGroup.ADULT).consent(Consent.REFUSED).nation(nation)
                    .build();

            assertThat(nation.id(), ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, refused, COUNCIL, TODAY),
                    contains(new RuleBreach("safeguarding.workflow.error.duty-to-notify-england-wales-only",
                            "route")));
        }
        for (Nation nation : new Nation[] {Nation.ENGLAND, Nation.WALES}) {
            Screening refused = Screening.builder().ageGroup(AgeGroup.ADULT).consent(Consent.REFUSED).nation(nation)
                    .build();

            assertThat(nation.id(), ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, refused, COUNCIL, TODAY),
                    empty());
        }
    }

    /**
     * A child's case closes once children's services are told and the NRM referral is made, here or by another First
     * Responder, or with why not; the same message names every way out, whichever part is missing (issue 29).
     */
    @Test
    public void close_shouldKeepAChildsCaseOpenUntilChildrensServicesAreToldAndTheNrmReferralIsMadeOrWhyNotSaid() {
        Screening child = Screening.builder().ageGroup(AgeGroup.ADULT).dateOfBirth(TODAY.minusYears(15)).build();
        Optional<LocalDate> review = Optional.of(TODAY.plusYears(6));
        RuleBreach waysOutOnOutcome = new RuleBreach("safeguarding.workflow.error.child-close-ways-out", "outcome");
        RuleBreach waysOutOnRoute = new RuleBreach("safeguarding.workflow.error.child-close-ways-out", "route");

        assertThat(ReferralRules.close(child, Set.of(Route.CHILDRENS_SERVICES),
                Optional.of(Resolution.REFERRED_AND_SUPPORTED), NO_OUTCOME, review, TODAY), contains(waysOutOnOutcome));
        assertThat(ReferralRules.close(child, Set.of(), Optional.of(Resolution.DECLINED_SUPPORT), NO_OUTCOME, review,
                TODAY), contains(waysOutOnRoute));
        assertThat(ReferralRules.close(child, Set.of(Route.CHILDRENS_SERVICES, Route.NRM_REFERRAL),
                Optional.of(Resolution.REFERRED_AND_SUPPORTED), NO_OUTCOME, review, TODAY), empty());
        assertThat("children's services made the NRM referral", ReferralRules.close(child,
                Set.of(Route.CHILDRENS_SERVICES), Optional.of(Resolution.NRM_BY_ANOTHER_FIRST_RESPONDER),
                Optional.of("Leeds children's services, NRM ref 2026-4411"), review, TODAY), empty());
        assertThat("why no NRM referral is recorded", ReferralRules.close(child, Set.of(Route.CHILDRENS_SERVICES),
                Optional.of(Resolution.AGENCY_TOOK_ON), Optional.of("Children's services lead; strategy meeting "
                        + "found no trafficking"), review, TODAY), empty());
        assertThat("children's services are told about a child even when no trafficking was found",
                ReferralRules.close(child, Set.of(Route.CHILDRENS_SERVICES),
                        Optional.of(Resolution.NO_TRAFFICKING_CONCERN), NO_OUTCOME, review, TODAY), empty());
    }

    /**
     * The record says what happened (issue 29): "no trafficking concern" is not ours to say once the Home Office was
     * asked to decide; a referral ending needs a route recorded; an ending that reports another organisation's act
     * needs its outcome or reference.
     */
    @Test
    public void close_shouldRefuseAResolutionThatImpliesWhatDidNotHappen() {
        Optional<LocalDate> review = Optional.of(TODAY.plusYears(6));
        Screening adult = adult(Consent.GIVEN);

        assertThat(ReferralRules.close(adult, Set.of(Route.NRM_REFERRAL), Optional.of(Resolution.NO_TRAFFICKING_CONCERN),
                NO_OUTCOME, review, TODAY), contains(new RuleBreach(
                "safeguarding.workflow.error.no-concern-after-referral", "resolution")));
        assertThat(ReferralRules.close(adult, Set.of(Route.DUTY_TO_NOTIFY),
                Optional.of(Resolution.NO_TRAFFICKING_CONCERN), NO_OUTCOME, review, TODAY), contains(new RuleBreach(
                "safeguarding.workflow.error.no-concern-after-referral", "resolution")));
        assertThat(ReferralRules.close(adult, Set.of(), Optional.of(Resolution.AGENCY_TOOK_ON), Optional.of("Took it"),
                review, TODAY), contains(new RuleBreach("safeguarding.workflow.error.referred-needs-route",
                "resolution")));
        for (Resolution needsOutcome : List.of(Resolution.AGENCY_TOOK_ON, Resolution.NRM_BY_ANOTHER_FIRST_RESPONDER,
                Resolution.SIGNPOSTED)) {
            assertThat(needsOutcome.id(), ReferralRules.close(adult, Set.of(Route.POLICE), Optional.of(needsOutcome),
                    Optional.of("\u00a0"), review, TODAY), contains(new RuleBreach(
                    "safeguarding.workflow.error.close-needs-outcome-" + needsOutcome.id(), "outcome")));
        }
        assertThat(ReferralRules.close(adult, Set.of(Route.FIRST_RESPONDER_OR_HELPLINE),
                Optional.of(Resolution.SIGNPOSTED), Optional.of("Given the Helpline's number; wanted nothing more"),
                review, TODAY), empty());
    }

    private static Screening adult(Consent consent) {
        return person(AgeGroup.ADULT, consent);
    }

    /** Someone the worker saw in forced labour, as the NRM form asks the type. */
    private static Screening person(AgeGroup age, Consent consent) {
        return Screening.builder().ageGroup(age).consent(consent)
                .exploitationTypes(Set.of(ExploitationType.FORCED_LABOUR)).build();
    }
}
