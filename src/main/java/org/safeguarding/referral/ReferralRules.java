package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.InputRules;
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
    static final String DANGER_CHECKED = "dangerChecked";
    /**
     * How a child's case may end without an NRM referral recorded here: the screening found no trafficking after all,
     * another organisation took the case on (and with it the referral), or another First Responder made it.
     */
    private static final Set<Resolution> NO_NRM_HERE = Set.of(Resolution.NO_TRAFFICKING_CONCERN,
            Resolution.TRANSFERRED, Resolution.NRM_BY_ANOTHER_FIRST_RESPONDER);
    /** The endings that say what another organisation did, which the record must then say: its outcome or reference. */
    private static final Set<Resolution> NEEDS_OUTCOME = Set.of(Resolution.AGENCY_TOOK_ON,
            Resolution.NRM_BY_ANOTHER_FIRST_RESPONDER, Resolution.SIGNPOSTED);
    /** The routes that ask the Home Office to decide: after them, "no trafficking concern" is not ours to say. */
    private static final Set<Route> HOME_OFFICE_DECIDES = Set.of(Route.NRM_REFERRAL, Route.DUTY_TO_NOTIFY);

    private ReferralRules() {
    }

    /**
     * Whether a referral may be recorded: it must add at least one route, each allowed for this case. An organisation
     * that is not a First Responder records the NRM route as a referral through one, and says which.
     *
     * @param firstResponder the First Responder Organisation making the NRM referral, as the lead named it
     */
    public static List<RuleBreach> refer(Set<Route> addedRoutes, Screening screening, Organisation organisation,
                                         Optional<String> firstResponder, LocalDate today) {
        if (addedRoutes.isEmpty()) {
            return List.of(RuleBreach.of("refer-needs-route", ROUTE));
        }
        List<RuleBreach> breaches = new ArrayList<>();
        for (Route route : addedRoutes) {
            breaches.addAll(recordRoute(route, screening, organisation, today));
        }
        if (addedRoutes.contains(Route.NRM_REFERRAL) && !organisation.firstResponder()
                && firstResponder.filter(InputRules::hasVisibleText).isEmpty()) {
            breaches.add(RuleBreach.of("nrm-needs-first-responder", "firstResponder"));
        }
        // The NRM form asks which types of exploitation the person experienced (§4.3, [S15]).
        if (addedRoutes.contains(Route.NRM_REFERRAL) && screening.exploitationTypes().isEmpty()) {
            breaches.add(RuleBreach.of("nrm-needs-exploitation-type", "exploitationTypes"));
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

    /**
     * Whether the case may be closed so that its record says what happened: with a resolution that implies no
     * decision nobody made, the outcome where another organisation acted, a retention review date ahead, and for a
     * child children's services told and the NRM referral made, here or by another First Responder, or the reason
     * why not.
     *
     * @param outcome what the lead wrote of how it ended: the agency's outcome, its reference, or why no referral
     */
    public static List<RuleBreach> close(Screening screening, Set<Route> routesRecorded,
                                         Optional<Resolution> resolution, Optional<String> outcome,
                                         Optional<LocalDate> retentionReview, LocalDate today) {
        List<RuleBreach> breaches = new ArrayList<>();
        boolean saidHow = outcome.filter(InputRules::hasVisibleText).isPresent();
        if (resolution.isEmpty()) {
            breaches.add(RuleBreach.of("close-needs-resolution", "resolution"));
        } else {
            breaches.addAll(resolutionSaysWhatHappened(resolution.get(), routesRecorded, saidHow));
        }
        if (retentionReview.isEmpty()) {
            breaches.add(RuleBreach.of("close-needs-retention-review", "retentionReview"));
        } else if (!retentionReview.get().isAfter(today)) {
            breaches.add(RuleBreach.of("retention-review-must-be-ahead", "retentionReview"));
        }
        if (screening.childToday(today).orElse(false)) {
            boolean told = routesRecorded.contains(Route.CHILDRENS_SERVICES);
            boolean referred = routesRecorded.contains(Route.NRM_REFERRAL)
                    || resolution.filter(NO_NRM_HERE::contains).isPresent() || saidHow;
            if (!told || !referred) {
                // One message names every way out, whichever part is missing.
                breaches.add(RuleBreach.of("child-close-ways-out", told ? "outcome" : ROUTE));
            }
        }
        return breaches;
    }

    /**
     * Whether a case may leave Immediate danger or Missing for lead review: whoever takes it on says whether anyone is
     * still in danger (yes, no or not sure), so that the case shows danger only while it is current.
     */
    public static List<RuleBreach> dangerChecked(Optional<Answer> stillInDanger) {
        return stillInDanger.filter(answer -> answer != Answer.DECLINED).isPresent() ? List.of()
                : List.of(RuleBreach.of("danger-check-needed", DANGER_CHECKED));
    }

    private static List<RuleBreach> resolutionSaysWhatHappened(Resolution resolution, Set<Route> routesRecorded,
                                                              boolean saidHow) {
        List<RuleBreach> breaches = new ArrayList<>();
        if (resolution == Resolution.NO_TRAFFICKING_CONCERN
                && routesRecorded.stream().anyMatch(HOME_OFFICE_DECIDES::contains)) {
            breaches.add(RuleBreach.of("no-concern-after-referral", "resolution"));
        }
        if ((resolution == Resolution.REFERRED_AND_SUPPORTED || resolution == Resolution.AGENCY_TOOK_ON)
                && routesRecorded.isEmpty()) {
            breaches.add(RuleBreach.of("referred-needs-route", "resolution"));
        }
        if (NEEDS_OUTCOME.contains(resolution) && !saidHow) {
            breaches.add(RuleBreach.of("close-needs-outcome-" + resolution.id(), "outcome"));
        }
        return breaches;
    }
}
