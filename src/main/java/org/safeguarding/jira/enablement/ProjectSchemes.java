package org.safeguarding.jira.enablement;

import java.util.List;
import org.safeguarding.jira.enablement.ProjectReadiness.Confidentiality;

/**
 * What enabling or disabling the app for one project needs to know of it, as Jira's adapter reads it: how many
 * Safeguarding concerns it has (negative when Jira could not count them), for each of its schemes whether it already
 * serves concerns the app's way and which other projects share it ({@code alsoUsedBy}) or share it and offer
 * Safeguarding concern ({@code concernsIn}), and, only to report, who may browse it and whom Jira e-mails about it.
 */
public record ProjectSchemes(String key, String name, long concerns, IssueTypes issueTypes, Screens screens,
                             Workflows workflows, Security security, Notifications notifications, Access access) {
    /** A project whose access nobody has read: for plans about what access does not change. */
    public ProjectSchemes(String key, String name, long concerns, IssueTypes issueTypes, Screens screens,
                          Workflows workflows, Security security, Notifications notifications) {
        this(key, name, concerns, issueTypes, screens, workflows, security, notifications, Access.NOT_READ);
    }

    /** The project's issue type scheme, and whether it offers Safeguarding concern. */
    public record IssueTypes(String scheme, boolean jiraDefault, boolean offersConcern, List<String> alsoUsedBy) {
    }

    /**
     * The project's issue type screen scheme: whether concerns get the case screens, whether it has an entry of its
     * own for Safeguarding concern (rather than its default), and who else it serves.
     */
    public record Screens(String scheme, boolean caseScreens, boolean ownEntry, List<String> alsoUsedBy,
                          List<String> concernsIn, List<String> otherIssueTypes) {
        public Screens {
            otherIssueTypes = List.copyOf(otherIssueTypes);
        }

        /** Screens of a project that offers no issue type but Safeguarding concern. */
        public Screens(String scheme, boolean caseScreens, boolean ownEntry, List<String> alsoUsedBy,
                       List<String> concernsIn) {
            this(scheme, caseScreens, ownEntry, alsoUsedBy, concernsIn, List.of());
        }

        /**
         * The project's other issue types get the case screens too, when concerns have them by the scheme's default
         * rather than an entry of their own: a person's details could then be recorded on an ordinary issue.
         */
        public boolean caseScreensShared() {
            return caseScreens && !ownEntry && !otherIssueTypes.isEmpty();
        }
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
    public record Notifications(boolean known, String scheme, List<String> emailedEvents, List<String> recipients) {
        public static final Notifications UNKNOWN = new Notifications(false, "", List.of());

        public Notifications {
            emailedEvents = List.copyOf(emailedEvents);
            recipients = List.copyOf(recipients);
        }

        /** A scheme whose recipients nobody has put into words. */
        public Notifications(boolean known, String scheme, List<String> emailedEvents) {
            this(known, scheme, emailedEvents, List.of());
        }
    }

    /**
     * Who may browse the project, by its permission scheme's Browse projects grants in words; whether any of them lets
     * in everyone (anyone logged in, or anyone at all); not known when Jira could not say.
     */
    public record Access(boolean known, String scheme, List<String> browsers, boolean everyone) {
        public static final Access UNKNOWN = new Access(false, "", List.of(), false);
        /** For plans that do not look at access. */
        static final Access NOT_READ = new Access(true, "", List.of(), false);

        public Access {
            browsers = List.copyOf(browsers);
        }
    }
}
