package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.Screening;

/**
 * The workflow's validators, as plain rules: what must be true before a route is recorded, a case is closed or a
 * person is reported missing. Each breach says what to do. Sources: an adult's NRM referral needs consent, a child's
 * never does [S7][S14]; the Duty to Notify is for public authorities when an adult says no [S7][S10]; a child is
 * referred to children's services first [S9]; police need a description of someone who goes missing (the leaflet).
 */
public final class ReferralRules {
    static final String ROUTE = "route";

    private ReferralRules() {
    }

    /** Whether a referral may be recorded: it must add at least one route, each allowed for this case. */
    public static List<RuleBreach> refer(Set<Route> addedRoutes, Screening screening, Organisation organisation) {
        if (addedRoutes.isEmpty()) {
            return List.of(RuleBreach.of("refer-needs-route", ROUTE));
        }
        List<RuleBreach> breaches = new ArrayList<>();
        for (Route route : addedRoutes) {
            breaches.addAll(recordRoute(route, screening, organisation));
        }
        return breaches;
    }

    /** Whether this route may be recorded for this case. */
    public static List<RuleBreach> recordRoute(Route route, Screening screening, Organisation organisation) {
        List<RuleBreach> breaches = new ArrayList<>();
        Optional<Boolean> child = treatedAsChild(screening);
        Optional<Consent> consent = screening.consent();
        if (route == Route.NRM_REFERRAL) {
            if (child.isEmpty()) {
                breaches.add(RuleBreach.of("nrm-needs-age", "ageGroup"));
            } else if (!child.get() && consent.filter(Consent.GIVEN::equals).isEmpty()) {
                breaches.add(RuleBreach.of("nrm-needs-consent", "consent"));
            }
        }
        if (route == Route.DUTY_TO_NOTIFY) {
            if (!organisation.dutyToNotify()) {
                breaches.add(RuleBreach.of("duty-to-notify-public-authorities-only", ROUTE));
            }
            if (child.orElse(false)) {
                breaches.add(RuleBreach.of("duty-to-notify-not-for-children", ROUTE));
            } else if (consent.filter(Consent.REFUSED::equals).isEmpty()) {
                breaches.add(RuleBreach.of("duty-to-notify-needs-refusal", "consent"));
            }
        }
        return breaches;
    }

    /** Whether the case may be closed: with a resolution, a retention review date ahead, and a child's referral made. */
    public static List<RuleBreach> close(Screening screening, Set<Route> routesRecorded,
                                         Optional<Resolution> resolution, Optional<LocalDate> retentionReview,
                                         LocalDate today) {
        List<RuleBreach> breaches = new ArrayList<>();
        if (resolution.isEmpty()) {
            breaches.add(RuleBreach.of("close-needs-resolution", "resolution"));
        }
        if (retentionReview.isEmpty()) {
            breaches.add(RuleBreach.of("close-needs-retention-review", "retentionReview"));
        } else if (!retentionReview.get().isAfter(today)) {
            breaches.add(RuleBreach.of("retention-review-must-be-ahead", "retentionReview"));
        }
        if (treatedAsChild(screening).orElse(false) && !routesRecorded.contains(Route.CHILDRENS_SERVICES)) {
            breaches.add(RuleBreach.of("child-needs-childrens-services", ROUTE));
        }
        return breaches;
    }

    /** Whether a person can be reported missing: police need a usable description. */
    public static List<RuleBreach> reportMissing(PoliceDescription description) {
        return description.isUsable() ? List.of()
                : List.of(RuleBreach.of("missing-needs-description", "policeDescription"));
    }

    /** Under 18 or not sure counts as a child; empty when the age group is not recorded. */
    private static Optional<Boolean> treatedAsChild(Screening screening) {
        return screening.ageGroup().map(AgeGroup::treatedAsChild);
    }
}
