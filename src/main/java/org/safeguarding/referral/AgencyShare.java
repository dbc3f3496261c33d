package org.safeguarding.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.screening.InputRules;

/**
 * One entry of a case's agency and sharing log: with whom its information was shared, when, how, what, on which
 * lawful basis and condition (UK GDPR Articles 6 and 9; DPA 2018 Schedule 1 paragraph 18), with the person's consent
 * or why without, and the agency's reference. Entries are never changed: a correction is a new entry that names the
 * one it corrects (domain reference §8.3: assess and document the lawfulness of each share).
 *
 * @param agencyName           the agency's own name (which police force, which provider); needed for "other"
 * @param withoutConsentBecause why it was shared without consent; needed then, and only then
 * @param theirReference       the agency's reference (NRM, crime number, MASH or Gateway reference), if any
 * @param corrects             the entry of the same case this one corrects, if any
 */
public record AgencyShare(Agency agency, String agencyName, LocalDate sharedOn, SharingChannel channel,
                          String whatShared, LawfulBasis basis, SharingCondition condition, boolean withConsent,
                          String withoutConsentBecause, String theirReference, Optional<Long> corrects) {
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REFERENCE = 100;

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
        if (!mayUse.contains(basis)) {
            problems.add(new FieldProblem("basis", "safeguarding.error.sharing.basis-public-authority"));
        } else if (!basis.existedOn(sharedOn)) {
            problems.add(new FieldProblem("basis", "safeguarding.error.sharing.basis-not-yet"));
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
        if (!withConsent && (basis == LawfulBasis.CONSENT || condition == SharingCondition.EXPLICIT_CONSENT)) {
            problems.add(new FieldProblem("withConsent", "safeguarding.error.sharing.consent-basis-without-consent"));
        }
        if (!withConsent && !InputRules.hasVisibleText(withoutConsentBecause)) {
            problems.add(new FieldProblem("withoutConsentBecause", "safeguarding.error.sharing.say-why-without-consent"));
        }
        if (withConsent && withoutConsentBecause != null && !withoutConsentBecause.isBlank()) {
            problems.add(new FieldProblem("withoutConsentBecause", "safeguarding.error.sharing.reason-with-consent"));
        }
        Set<Long> ids = onCase.stream().map(Recorded::id).collect(Collectors.toSet());
        if (corrects.isPresent() && !ids.contains(corrects.get())) {
            problems.add(new FieldProblem("corrects", "safeguarding.error.sharing.corrects-unknown"));
        }
        return problems;
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
                condition, withConsent, withConsent ? null : removed, theirReference == null ? null : removed,
                corrects);
    }
}
