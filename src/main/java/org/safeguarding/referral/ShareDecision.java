package org.safeguarding.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeguarding.screening.InputRules;

/**
 * What the ICO's data sharing code (2021) expects the record of a share, or of a decision not to share, to say beyond
 * the share itself (domain reference §14.4). Entries logged before the app asked have none.
 *
 * @param shared             whether the information was shared; false records a decision not to share
 * @param purpose            the purpose, and why sharing is (or would have been) necessary and proportionate
 * @param decidedBy          who decided, by name or role
 * @param personTold         whether the person was told
 * @param notToldBecause     why they were not told (the exemption relied on, or the risk it would bring); only then
 * @param notSharedBecause   why it was not shared; only for a decision not to share
 * @param agreementReference the data sharing agreement, or the reference of the request, if any
 * @param urgent             shared in an emergency, without the usual checks first
 * @param criminalCondition  the Article 10 condition, when criminal-offence data was shared
 */
public record ShareDecision(boolean shared, String purpose, String decidedBy, boolean personTold, String notToldBecause,
                            String notSharedBecause, String agreementReference, boolean urgent,
                            Optional<SharingCondition> criminalCondition) {
    public static final int MAX_DECIDED_BY = 200;

    /** What is wrong with it, each naming the JSON field to put right. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!InputRules.hasVisibleText(purpose)) {
            problems.add(new FieldProblem("purpose", "safeguarding.error.sharing.say-purpose"));
        }
        if (!InputRules.hasVisibleText(decidedBy)) {
            problems.add(new FieldProblem("decidedBy", "safeguarding.error.sharing.say-who-decided"));
        }
        if (!personTold && !InputRules.hasVisibleText(notToldBecause)) {
            problems.add(new FieldProblem("notToldBecause", "safeguarding.error.sharing.say-why-not-told"));
        }
        if (personTold && InputRules.hasVisibleText(notToldBecause)) {
            problems.add(new FieldProblem("notToldBecause", "safeguarding.error.sharing.reason-when-told"));
        }
        if (!shared && !InputRules.hasVisibleText(notSharedBecause)) {
            problems.add(new FieldProblem("notSharedBecause", "safeguarding.error.sharing.say-why-not-shared"));
        }
        if (shared && InputRules.hasVisibleText(notSharedBecause)) {
            problems.add(new FieldProblem("notSharedBecause", "safeguarding.error.sharing.reason-when-shared"));
        }
        if (criminalCondition.filter(SharingCondition.NONE_NEEDED::equals).isPresent()) {
            problems.add(new FieldProblem("criminalCondition", "safeguarding.error.sharing.criminal-needs-condition"));
        }
        if (!shared && criminalCondition.isPresent()) {
            problems.add(new FieldProblem("criminalCondition", "safeguarding.error.sharing.only-when-shared"));
        }
        return problems;
    }

    /** The same decision with what it says about the person removed, as when its case is anonymised. */
    ShareDecision anonymised(String removed) {
        return new ShareDecision(shared, removed, decidedBy, personTold, notToldBecause == null ? null : removed,
                notSharedBecause == null ? null : removed, agreementReference, urgent, criminalCondition);
    }
}
