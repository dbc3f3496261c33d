package org.safeguarding.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.InputRules;

/**
 * One entry of a case's agency and sharing log: with whom its information was shared, when, how, what, on which
 * lawful basis and condition (UK GDPR Articles 6, 9 and 10; DPA 2018 Schedule 1), with the person's consent or why
 * without, and the agency's reference; and what the ICO's code expects besides (§14.4): why, who decided, whether the
 * person was told, or a decision not to share with its reasons. Entries are never changed: a correction is a new entry
 * that names the one it corrects (domain reference §8.3: assess and document the lawfulness of each share).
 *
 * @param channel              how it was shared; null for a decision not to share, as are basis and condition
 * @param whatShared           what was shared, or for a decision not to share what was asked for
 * @param agencyName           the agency's own name (which police force, which provider); needed for "other"
 * @param withoutConsentBecause why it was shared without consent; needed then, and only then
 * @param theirReference       the agency's reference (NRM, crime number, MASH or Gateway reference), if any
 * @param corrects             the entry of the same case this one corrects, if any
 * @param decision             the ICO's record of the decision; empty on entries logged before the app asked
 */
public record AgencyShare(Agency agency, String agencyName, LocalDate sharedOn, SharingChannel channel,
                          String whatShared, LawfulBasis basis, SharingCondition condition, boolean withConsent,
                          String withoutConsentBecause, String theirReference, Optional<Long> corrects,
                          Optional<ShareDecision> decision) {
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REFERENCE = 100;
    /** Those to whom consent cannot be freely given (§14.4). */
    private static final Set<Agency> AUTHORITIES = EnumSet.of(Agency.POLICE, Agency.HOME_OFFICE_NRM,
            Agency.HOME_OFFICE_DUTY_TO_NOTIFY);

    /** What a lead should think about again, though the entry may stand: it is recorded all the same. */
    public enum Caution implements Identified {
        /**
         * Consent chosen where it cannot be freely given: by a public authority, or to the police or the Home Office
         * (§14.4; consent to an NRM referral is not consent under the UK GDPR).
         */
        CONSENT_NOT_FREELY_GIVEN("consent-not-freely-given"),
        /** A Schedule 1 Part 2 condition, which rests on the organisation's appropriate policy document (para 5). */
        NEEDS_POLICY_DOCUMENT("needs-policy-document");

        private final String id;
        private final String labelKey;

        Caution(String id) {
            this.id = id;
            this.labelKey = "safeguarding.sharing.caution." + id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }
    }

    /** An entry as logged before the app asked for the ICO's record of the decision. */
    public AgencyShare(Agency agency, String agencyName, LocalDate sharedOn, SharingChannel channel, String whatShared,
                       LawfulBasis basis, SharingCondition condition, boolean withConsent,
                       String withoutConsentBecause, String theirReference, Optional<Long> corrects) {
        this(agency, agencyName, sharedOn, channel, whatShared, basis, condition, withConsent, withoutConsentBecause,
                theirReference, corrects, Optional.empty());
    }

    /** An entry as kept: its number, the case, who recorded it and when. */
    public record Recorded(long id, String caseKey, String recordedBy, Instant recordedAt, AgencyShare share) {
    }

    /**
     * What is wrong with this entry for a case whose log already holds the given entries, by an organisation that may
     * share on the given bases, each naming the JSON field to put right; empty when it can be recorded. Lengths are
     * the reader's to check.
     */
    public List<FieldProblem> problems(LocalDate today, Collection<Recorded> onCase, Set<LawfulBasis> mayUse) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isShared()) {
            problems.addAll(shareProblems(mayUse));
        } else {
            onlyWhenShared("channel", channel, problems);
            onlyWhenShared("basis", basis, problems);
            onlyWhenShared("condition", condition, problems);
        }
        if (agency == Agency.OTHER && !InputRules.hasVisibleText(agencyName)) {
            problems.add(new FieldProblem("agencyName", "safeguarding.error.sharing.name-the-agency"));
        }
        if (!InputRules.isPastDay(sharedOn, today)) {
            problems.add(new FieldProblem("sharedOn", "safeguarding.error.sharing.day"));
        }
        if (!InputRules.hasVisibleText(whatShared)) {
            problems.add(new FieldProblem("whatShared", "safeguarding.error.sharing.say-what"));
        }
        decision.ifPresent(made -> problems.addAll(made.problems()));
        Set<Long> ids = onCase.stream().map(Recorded::id).collect(Collectors.toSet());
        if (corrects.isPresent() && !ids.contains(corrects.get())) {
            problems.add(new FieldProblem("corrects", "safeguarding.error.sharing.corrects-unknown"));
        }
        return problems;
    }

    private static void onlyWhenShared(String field, Object given, List<FieldProblem> problems) {
        if (given != null) {
            problems.add(new FieldProblem(field, "safeguarding.error.sharing.only-when-shared"));
        }
    }

    private List<FieldProblem> shareProblems(Set<LawfulBasis> mayUse) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!mayUse.contains(basis)) {
            problems.add(new FieldProblem("basis", "safeguarding.error.sharing.basis-public-authority"));
        } else if (!basis.existedOn(sharedOn)) {
            problems.add(new FieldProblem("basis", "safeguarding.error.sharing.basis-not-yet"));
        }
        if (!withConsent && (basis == LawfulBasis.CONSENT || condition == SharingCondition.EXPLICIT_CONSENT)) {
            problems.add(new FieldProblem("withConsent", "safeguarding.error.sharing.consent-basis-without-consent"));
        }
        if (!withConsent && !InputRules.hasVisibleText(withoutConsentBecause)) {
            problems.add(new FieldProblem("withoutConsentBecause", "safeguarding.error.sharing.say-why-without-consent"));
        }
        if (withConsent && withoutConsentBecause != null && !withoutConsentBecause.isBlank()) {
            problems.add(new FieldProblem("withoutConsentBecause", "safeguarding.error.sharing.reason-with-consent"));
        }
        return problems;
    }

    /** Whether the information was shared: every entry but a decision not to share. */
    public boolean isShared() {
        return decision.map(ShareDecision::shared).orElse(true);
    }

    /**
     * What a lead should think about again, for an organisation of this kind (null: not said yet); nothing for a
     * decision not to share, which shares nothing.
     */
    public Set<Caution> cautions(OrganisationType organisationType) {
        Set<Caution> cautions = EnumSet.noneOf(Caution.class);
        Optional<SharingCondition> criminal = decision.flatMap(ShareDecision::criminalCondition);
        boolean consent = basis == LawfulBasis.CONSENT || condition == SharingCondition.EXPLICIT_CONSENT
                || criminal.filter(SharingCondition.EXPLICIT_CONSENT::equals).isPresent();
        if (consent && (organisationType == OrganisationType.PUBLIC_AUTHORITY || AUTHORITIES.contains(agency))) {
            cautions.add(Caution.CONSENT_NOT_FREELY_GIVEN);
        }
        boolean partTwo = condition != null && condition.needsPolicyDocument();
        if (partTwo || criminal.filter(SharingCondition::needsPolicyDocument).isPresent()) {
            cautions.add(Caution.NEEDS_POLICY_DOCUMENT);
        }
        return cautions;
    }

    /** The entries later entries correct: shown as corrected, never removed. */
    public static Set<Long> corrected(Collection<Recorded> entries) {
        return entries.stream().flatMap(entry -> entry.share().corrects().stream()).collect(Collectors.toSet());
    }

    /**
     * The entry with what it says about the person removed, as when its case is anonymised: the agency, the day, how,
     * and on which basis stay, so the organisation can still account for its sharing.
     */
    public AgencyShare anonymised(String removed) {
        return new AgencyShare(agency, agencyName, sharedOn, channel, removed, basis,
                condition, withConsent, withConsent || !isShared() ? null : removed,
                theirReference == null ? null : removed, corrects, decision.map(made -> made.anonymised(removed)));
    }
}
