package org.safeguarding.jira.enablement;

import java.util.List;
import org.safeguarding.jira.web.ProjectReadiness.Confidentiality;

/**
 * What enabling or disabling the app for one project needs to know of it, as Jira's adapter reads it: how many
 * Safeguarding concerns it has (negative when Jira could not count them), and for each of its schemes whether it already serves concerns the app's way and
 * which other projects share it ({@code alsoUsedBy}) or share it and offer Safeguarding concern ({@code concernsIn}).
 */
public record ProjectSchemes(String key, String name, long concerns, IssueTypes issueTypes, Screens screens,
                             Workflows workflows, Security security, Notifications notifications) {
    /** The project's issue type scheme, and whether it offers Safeguarding concern. */
    public record IssueTypes(String scheme, boolean jiraDefault, boolean offersConcern, List<String> alsoUsedBy) {
    }

    /**
     * The project's issue type screen scheme: whether concerns get the case screens, whether it has an entry of its
     * own for Safeguarding concern (rather than its default), and who else it serves.
     */
    public record Screens(String scheme, boolean caseScreens, boolean ownEntry, List<String> alsoUsedBy,
                          List<String> concernsIn) {
    }

    /** Which kind of workflow scheme a project uses. */
    public enum SchemeKind {
        /** Jira's default workflow scheme, used by every project without one of its own. */
        JIRA_DEFAULT,
        /** The app's own Safeguarding workflow scheme. */
        APP,
        /** A scheme of the organisation's own. */
        OWN
    }

    /**
     * The project's workflow scheme: whether concerns run the referral workflow, whether an admin has a draft of it
     * open, and whether switching between Jira's default scheme and the app's keeps every other issue type of the
     * project on the workflow it has now.
     */
    public record Workflows(SchemeKind kind, String scheme, boolean referralWorkflow, boolean hasDraft,
                            boolean switchKeepsOtherWorkflows, List<String> alsoUsedBy, List<String> concernsIn) {
    }

    /** Which issue security scheme a project uses. */
    public enum SecurityKind {
        NONE(Confidentiality.NONE),
        /** The app's "Safeguarding confidential". */
        APP(Confidentiality.APP_SCHEME),
        /** One of the organisation's own, which the app leaves alone. */
        OTHER(Confidentiality.OWN_SCHEME);

        private final Confidentiality confidentiality;

        SecurityKind(Confidentiality confidentiality) {
            this.confidentiality = confidentiality;
        }

        /** How the administration page's readiness table names it. */
        public Confidentiality confidentiality() {
            return confidentiality;
        }
    }

    /**
     * The project's issue security scheme; whether the organisation has named its safeguarding leads (without whom the
     * confidential level shows a case only to its reporter and assignee); and how many of the project's issues are at
     * the app's confidential level.
     */
    public record Security(SecurityKind kind, String scheme, boolean leadsNamed, long confidentialIssues) {
    }

    /**
     * The project's notification scheme ("" when it has none, and then Jira e-mails nobody about its issues) and the
     * events for which it e-mails anyone, by their names in Jira, each e-mail carrying the issue's fields; not known
     * when Jira could not say.
     */
    public record Notifications(boolean known, String scheme, List<String> emailedEvents) {
        public static final Notifications UNKNOWN = new Notifications(false, "", List.of());

        public Notifications {
            emailedEvents = List.copyOf(emailedEvents);
        }
    }
}
