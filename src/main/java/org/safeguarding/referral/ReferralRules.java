package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Screening;

/**
 * The workflow's validators, as plain rules: what must be true before a route is recorded or a case is closed.
 * Reporting someone missing is never refused ({@link StatusSteps} then asks for the description police need). Each
 * breach says what to do. Whether the person is a child is decided by the one age
 * rule the assessment uses ({@link Screening#childToday}): the date of birth beats the ticked group, "not sure" is a
 * child. Sources: an adult's NRM referral needs consent, a child's never does [S7][S14]; the Duty to Notify is for
 * public authorities in England and Wales when an adult says no, and is not in force in Scotland or Northern Ireland
 * [S7][S10] (domain reference §13.1); children's services are always told about a child, and a child who may have
 * been trafficked is referred to the NRM [S9] (§13.2).
 */
public final class ReferralRules {
    static final String ROUTE = "route";
    /**
     * How a child's case may end without an NRM referral: the screening found no trafficking after all, or another
     * organisation took the case on (and with it the referral).
     */
    private static final Set<Resolution> NO_NRM_NEEDED = Set.of(Resolution.NO_TRAFFICKING_CONCERN,
            Resolution.TRANSFERRED);

    private ReferralRules() {
    }

    /** Whether a referral may be recorded: it must add at least one route, each allowed for this case. */
    public static List<RuleBreach> refer(Set<Route> addedRoutes, Screening screening, Organisation organisation,
                                         LocalDate today) {
        if (addedRoutes.isEmpty()) {
            return List.of(RuleBreach.of("refer-needs-route", ROUTE));
        }
        List<RuleBreach> breaches = new ArrayList<>();
        for (Route route : addedRoutes) {
            breaches.addAll(recordRoute(route, screening, organisation, today));
        }
        return breaches;
    }

    /** Whether this route may be recorded for this case. */
    public static List<RuleBreach> recordRoute(Route route, Screening screening, Organisation organisation,
                                               LocalDate today) {
        List<RuleBreach> breaches = new ArrayList<>();
        Optional<Boolean> child = screening.childToday(today);
        Optional<Consent> consent = screening.consent();
        if (route == Route.NRM_REFERRAL) {
            if (child.isEmpty()) {
                breaches.add(RuleBreach.of("nrm-needs-age", "ageGroup"));
            } else if (!child.get() && consent.filter(Consent.UNABLE::equals).isPresent()) {
                breaches.addAll(referralInBestInterests(screening));
            } else if (!child.get() && consent.filter(Consent.GIVEN::equals).isEmpty()) {
                breaches.add(RuleBreach.of("nrm-needs-consent", "consent"));
            }
        }
        if (route == Route.ADULT_SAFEGUARDING_CONCERN && child.orElse(false)) {
            breaches.add(RuleBreach.of("adult-concern-not-for-children", ROUTE));
        }
        if (route == Route.DUTY_TO_NOTIFY) {
            Optional<Nation> nation = organisation.nationOf(screening);
            if (!organisation.dutyToNotify()) {
                breaches.add(RuleBreach.of("duty-to-notify-public-authorities-only", ROUTE));
            } else if (nation.filter(where -> !where.hasDutyToNotify()).isPresent()) {
                breaches.add(RuleBreach.of("duty-to-notify-england-wales-only", ROUTE));
            }
            if (child.orElse(false)) {
                breaches.add(RuleBreach.of("duty-to-notify-not-for-children", ROUTE));
            } else if (consent.filter(Consent.REFUSED::equals).isEmpty()) {
                breaches.add(RuleBreach.of("duty-to-notify-needs-refusal", "consent"));
            } else if (organisation.dutyToNotify() && nation.isEmpty()) {
                // Never before the nation is known to be England or Wales (§14.5).
                breaches.add(RuleBreach.of("duty-to-notify-needs-nation", "nation"));
            }
        }
        return breaches;
    }

    /**
     * An adult who cannot decide is referred on a best-interests decision, recorded with who decided, when and why
     * (England and Wales: Mental Capacity Act 2005; Scotland: Adults with Incapacity Act 2000). Northern Ireland has no
     * such decision in force for a referral: the HSC Trust's adult safeguarding route decides (§14.2).
     */
    private static List<RuleBreach> referralInBestInterests(Screening screening) {
        if (screening.nation().filter(Nation.NORTHERN_IRELAND::equals).isPresent()) {
            return List.of(RuleBreach.of("nrm-unable-northern-ireland", "consent"));
        }
        return screening.bestInterests().isPresent() ? List.of()
                : List.of(RuleBreach.of("nrm-needs-best-interests", "bestInterests"));
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
        if (screening.childToday(today).orElse(false)) {
            if (!routesRecorded.contains(Route.CHILDRENS_SERVICES)) {
                breaches.add(RuleBreach.of("child-needs-childrens-services", ROUTE));
            }
            boolean nrmNotNeeded = resolution.filter(NO_NRM_NEEDED::contains).isPresent();
            if (!routesRecorded.contains(Route.NRM_REFERRAL) && !nrmNotNeeded) {
                breaches.add(RuleBreach.of("child-needs-nrm-referral", ROUTE));
            }
        }
        return breaches;
    }


}
