package org.safeguarding.jira.enablement;

import java.util.List;
import java.util.Locale;
import org.safeguarding.screening.Identified;

/**
 * What enabling or disabling a project changes, step by step, or why it cannot be done now, and anything the admin
 * should know that stops nothing (notes). A plan with reasons against it changes nothing; one with neither steps nor
 * reasons finds the project as asked already.
 */
public record EnablementPlan(String projectKey, String projectName, Action action, List<Step> steps,
                             List<Reason> reasons, List<Reason> notes) {
    public EnablementPlan {
        steps = List.copyOf(steps);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    /**
     * Switching the app on for a project, or off, or stopping Jira's own e-mails about its issues; labelled as the
     * administration page's buttons are.
     */
    public enum Action implements Identified {
        ENABLE,
        DISABLE,
        STOP_JIRA_EMAILS;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String labelKey() {
            return "safeguarding.admin.projects." + id();
        }
    }

    /** One change to a scheme, in the order it is made. */
    public enum Change {
        OFFER_ISSUE_TYPE,
        USE_CASE_SCREENS,
        MAP_REFERRAL_WORKFLOW,
        SWITCH_TO_APP_WORKFLOW_SCHEME,
        USE_CONFIDENTIAL_SCHEME,
        STOP_CONFIDENTIAL_SCHEME,
        SWITCH_TO_DEFAULT_WORKFLOW_SCHEME,
        UNMAP_REFERRAL_WORKFLOW,
        STOP_CASE_SCREENS,
        STOP_OFFERING_ISSUE_TYPE,
        STOP_NOTIFICATION_SCHEME;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The i18n key of the words an admin reads before confirming; its arguments are the step's. */
        public String messageKey() {
            return "safeguarding.enablement.change." + id();
        }
    }

    /** A change with what its words name: the scheme, and the other projects it also affects (or empty). */
    public record Step(Change change, String scheme, String alsoAffects) {
    }

    /** Why the action cannot be done now, or what else to know, as an i18n key and its arguments. */
    public record Reason(String messageKey, List<String> arguments) {
        public Reason {
            arguments = List.copyOf(arguments);
        }
    }

    public boolean blocked() {
        return !reasons.isEmpty();
    }

    public boolean nothingToDo() {
        return steps.isEmpty() && reasons.isEmpty();
    }
}
