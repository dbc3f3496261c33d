package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Screening;

public class ReferralRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Organisation CHARITY = new Organisation(false, false);
    private static final Organisation COUNCIL = new Organisation(true, true);

    @Test
    public void recordRoute_shouldAllowAnNrmReferralForAnAdultWhoAgreed() {
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, adult(Consent.GIVEN), CHARITY), empty());
    }

    @Test
    public void recordRoute_shouldAllowAnNrmReferralForAChildOrSomeoneWhoMayBeOneWithoutConsent() {
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, person(AgeGroup.UNDER_18, null), CHARITY), empty());
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, person(AgeGroup.NOT_SURE, Consent.REFUSED), CHARITY),
                empty());
    }

    @Test
    public void recordRoute_shouldRefuseAnNrmReferralForAnAdultWhoHasNotAgreed() {
        for (Consent consent : new Consent[] {Consent.REFUSED, Consent.NOT_ASKED_YET, null}) {
            assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, adult(consent), CHARITY),
                    contains(new RuleBreach("safeguarding.workflow.error.nrm-needs-consent", "consent")));
        }
    }

    @Test
    public void recordRoute_shouldAskForTheAgeBeforeAnNrmReferral() {
        assertThat(ReferralRules.recordRoute(Route.NRM_REFERRAL, Screening.builder().build(), CHARITY),
                contains(new RuleBreach("safeguarding.workflow.error.nrm-needs-age", "ageGroup")));
    }

    @Test
    public void recordRoute_shouldAllowTheDutyToNotifyForAPublicAuthorityWhenAnAdultRefused() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.REFUSED), COUNCIL), empty());
    }

    @Test
    public void recordRoute_shouldRefuseTheDutyToNotifyToAnOrganisationWithoutTheDuty() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.REFUSED), CHARITY), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-public-authorities-only", "route")));
    }

    @Test
    public void recordRoute_shouldRefuseTheDutyToNotifyForAChild() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, person(AgeGroup.NOT_SURE, Consent.REFUSED), COUNCIL),
                contains(new RuleBreach("safeguarding.workflow.error.duty-to-notify-not-for-children", "route")));
    }

    @Test
    public void recordRoute_shouldRefuseTheDutyToNotifyWhenTheAdultHasNotSaidNo() {
        assertThat(ReferralRules.recordRoute(Route.DUTY_TO_NOTIFY, adult(Consent.GIVEN), COUNCIL), contains(
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-needs-refusal", "consent")));
    }

    @Test
    public void refer_shouldAskForARouteWhenNoneWasAdded() {
        assertThat(ReferralRules.refer(Set.of(), adult(Consent.GIVEN), CHARITY),
                contains(new RuleBreach("safeguarding.workflow.error.refer-needs-route", "route")));
    }

    @Test
    public void refer_shouldCheckEveryAddedRoute() {
        assertThat(ReferralRules.refer(Set.of(Route.NRM_REFERRAL, Route.DUTY_TO_NOTIFY), adult(Consent.NOT_ASKED_YET),
                CHARITY), containsInAnyOrder(
                new RuleBreach("safeguarding.workflow.error.nrm-needs-consent", "consent"),
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-public-authorities-only", "route"),
                new RuleBreach("safeguarding.workflow.error.duty-to-notify-needs-refusal", "consent")));
        assertThat(ReferralRules.refer(Set.of(Route.NRM_REFERRAL, Route.POLICE), adult(Consent.GIVEN), CHARITY),
                empty());
    }

    @Test
    public void recordRoute_shouldAllowTheOtherRoutesAtAnyTime() {
        for (Route route : new Route[] {Route.CHILDRENS_SERVICES, Route.POLICE, Route.VICTIM_SUPPORT,
                Route.FIRST_RESPONDER_OR_HELPLINE}) {
            assertThat(route.id(), ReferralRules.recordRoute(route, Screening.builder().build(), CHARITY), empty());
        }
    }

    @Test
    public void close_shouldAllowACaseWithAResolutionAndARetentionReviewAhead() {
        assertThat(ReferralRules.close(adult(Consent.GIVEN), Set.of(), Optional.of(Resolution.REFERRED_AND_SUPPORTED),
                Optional.of(TODAY.plusYears(6)), TODAY), empty());
    }

    @Test
    public void close_shouldNameEverythingMissingAtOnce() {
        assertThat(ReferralRules.close(person(AgeGroup.UNDER_18, null), Set.of(Route.POLICE), Optional.empty(),
                Optional.empty(), TODAY), containsInAnyOrder(
                new RuleBreach("safeguarding.workflow.error.close-needs-resolution", "resolution"),
                new RuleBreach("safeguarding.workflow.error.close-needs-retention-review", "retentionReview"),
                new RuleBreach("safeguarding.workflow.error.child-needs-childrens-services", "route")));
    }

    @Test
    public void close_shouldRefuseARetentionReviewThatIsNotAhead() {
        assertThat(ReferralRules.close(adult(Consent.GIVEN), Set.of(), Optional.of(Resolution.LOST_CONTACT),
                Optional.of(TODAY), TODAY), contains(
                new RuleBreach("safeguarding.workflow.error.retention-review-must-be-ahead", "retentionReview")));
    }

    @Test
    public void close_shouldAllowAChildsCaseOnceChildrensServicesAreRecorded() {
        assertThat(ReferralRules.close(person(AgeGroup.NOT_SURE, null), Set.of(Route.CHILDRENS_SERVICES),
                Optional.of(Resolution.TRANSFERRED), Optional.of(TODAY.plusDays(1)), TODAY), empty());
    }

    @Test
    public void reportMissing_shouldNeedADescriptionPoliceCanUse() {
        PoliceDescription usable = new PoliceDescription("5'6\"", null, "Romanian", null, null, null,
                LocalDateTime.of(2026, 11, 28, 9, 0), null);

        assertThat(ReferralRules.reportMissing(usable), empty());
        assertThat(ReferralRules.reportMissing(PoliceDescription.NONE), contains(
                new RuleBreach("safeguarding.workflow.error.missing-needs-description", "policeDescription")));
    }

    private static Screening adult(Consent consent) {
        return person(AgeGroup.ADULT, consent);
    }

    private static Screening person(AgeGroup age, Consent consent) {
        return Screening.builder().ageGroup(age).consent(consent).build();
    }
}
