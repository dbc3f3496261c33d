package org.safeguarding.jira.workflow;

import com.opensymphony.workflow.InvalidInputException;
import java.util.List;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.RuleBreach;

/**
 * Turns rule breaches into the error Jira shows on the transition screen: each message in the user's language,
 * beside its field where the screen has it, otherwise at the top.
 */
final class WorkflowErrors {
    private static final String RESOLUTION = "resolution";

    private WorkflowErrors() {
    }

    static void throwIfAny(List<RuleBreach> breaches, WorkflowCaseAccess cases, Texts texts)
            throws InvalidInputException {
        if (breaches.isEmpty()) {
            return;
        }
        InvalidInputException invalid = new InvalidInputException();
        for (RuleBreach breach : breaches) {
            String message = texts.text(breach.messageKey());
            String fieldId = fieldId(breach.field(), cases);
            if (fieldId == null) {
                invalid.addError(message);
            } else {
                invalid.addError(fieldId, message);
            }
        }
        throw invalid;
    }

    /** Jira's id of the field a rule names, or null for a rule about the whole case. */
    private static String fieldId(String ruleField, WorkflowCaseAccess cases) {
        if (RESOLUTION.equals(ruleField)) {
            return RESOLUTION; // Jira's own field, on every close screen
        }
        String caseField = switch (ruleField) {
            case "consent" -> CaseFields.CONSENT;
            case "bestInterests" -> CaseFields.BEST_INTERESTS;
            case "nation" -> CaseFields.NATION;
            case "ageGroup" -> CaseFields.AGE_GROUP;
            case "route" -> CaseFields.REFERRAL_ROUTES;
            case "retentionReview" -> CaseFields.RETENTION_REVIEW;
            case "firstResponder" -> CaseFields.FIRST_RESPONDER;
            case "outcome" -> CaseFields.OUTCOME;
            case "exploitationTypes" -> CaseFields.EXPLOITATION_TYPES;
            case "dangerChecked" -> CaseFields.DANGER_CHECK;
            default -> null;
        };
        return caseField == null ? null : cases.fieldId(caseField).orElse(null);
    }
}
