package org.safeguarding.jira.enablement;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.EnablementPlan.Change;
import org.safeguarding.jira.enablement.EnablementPlan.Reason;
import org.safeguarding.jira.enablement.EnablementPlan.Step;
import org.safeguarding.jira.enablement.ProjectSchemes.Screens;
import org.safeguarding.jira.enablement.ProjectSchemes.Workflows;

/**
 * Decides what switching the app on or off for a project (or stopping Jira's own e-mails about it) changes, from the project's schemes as they are now, so a
 * second run finds nothing left to do. It changes only what no existing case depends on: a workflow, screen or issue
 * type scheme that Safeguarding concerns elsewhere also rely on is left alone, and moving existing concerns from one
 * workflow to another is left to Jira's own migration, which carries each case's status across.
 */
public final class EnablementPlanner {
    private EnablementPlanner() {
    }

    public static EnablementPlan plan(ProjectSchemes project, Action action) {
        List<Step> steps = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        List<Reason> notes = new ArrayList<>();
        switch (action) {
            case ENABLE -> {
                ownProject(project, notes);
                enable(project, steps, reasons);
                enableSecurity(project.security(), steps, reasons, notes);
                jiraEmails(project.notifications(), notes);
                whoCanSee(project, notes);
            }
            case DISABLE -> {
                disableSecurity(project.security(), steps, reasons);
                disable(project, steps, reasons);
            }
            case STOP_JIRA_EMAILS -> stopJiraEmails(project.notifications(), steps, reasons, notes);
        }
        return new EnablementPlan(project.key(), project.name(), action, steps, reasons, notes);
    }

    /** The app's issue type, screens and workflow scheme are not all there yet: set-up has to finish first. */
    public static EnablementPlan notSetUp(String projectKey, String projectName, Action action) {
        return new EnablementPlan(projectKey, projectName, action, List.of(), List.of(reason("not-set-up")),
                List.of());
    }

    /** The plan, refused for now: another node is setting up or switching a project, and holds the lock. */
    public static EnablementPlan busy(EnablementPlan plan) {
        List<Reason> reasons = new ArrayList<>(plan.reasons());
        reasons.add(reason("busy"));
        return new EnablementPlan(plan.projectKey(), plan.projectName(), plan.action(), plan.steps(), reasons,
                plan.notes());
    }

    private static void enable(ProjectSchemes project, List<Step> steps, List<Reason> reasons) {
        ProjectSchemes.IssueTypes issueTypes = project.issueTypes();
        if (!issueTypes.offersConcern()) {
            steps.add(step(Change.OFFER_ISSUE_TYPE, issueTypes.scheme(), issueTypes.alsoUsedBy()));
        }
        Screens screens = project.screens();
        if (!screens.caseScreens()) {
            steps.add(step(Change.USE_CASE_SCREENS, screens.scheme(), screens.alsoUsedBy()));
        }
        Workflows workflows = project.workflows();
        if (workflows.referralWorkflow()) {
            return;
        }
        concerns(project, "concerns-on-another-workflow", reasons);
        if (workflows.kind() == ProjectSchemes.SchemeKind.JIRA_DEFAULT) {
            if (workflows.switchKeepsOtherWorkflows()) {
                steps.add(step(Change.SWITCH_TO_APP_WORKFLOW_SCHEME, workflows.scheme(), List.of()));
            } else {
                reasons.add(reason("app-scheme-differs", workflows.scheme()));
            }
            return;
        }
        sharedWorkflowScheme(workflows, reasons);
        steps.add(step(Change.MAP_REFERRAL_WORKFLOW, workflows.scheme(), workflows.alsoUsedBy()));
    }

    private static void disable(ProjectSchemes project, List<Step> steps, List<Reason> reasons) {
        concerns(project, "has-concerns", reasons);
        Workflows workflows = project.workflows();
        if (workflows.referralWorkflow()) {
            if (workflows.kind() == ProjectSchemes.SchemeKind.APP) {
                if (workflows.switchKeepsOtherWorkflows()) {
                    steps.add(step(Change.SWITCH_TO_DEFAULT_WORKFLOW_SCHEME, workflows.scheme(), List.of()));
                } else {
                    reasons.add(reason("default-scheme-differs", workflows.scheme()));
                }
            } else {
                sharedWorkflowScheme(workflows, reasons);
                steps.add(step(Change.UNMAP_REFERRAL_WORKFLOW, workflows.scheme(), workflows.alsoUsedBy()));
            }
        }
        Screens screens = project.screens();
        if (screens.caseScreens() && screens.ownEntry()) {
            if (!screens.concernsIn().isEmpty()) {
                reasons.add(reason("screen-scheme-shared", screens.scheme(), String.join(", ", screens.concernsIn())));
            }
            steps.add(step(Change.STOP_CASE_SCREENS, screens.scheme(), screens.alsoUsedBy()));
        }
        ProjectSchemes.IssueTypes issueTypes = project.issueTypes();
        if (issueTypes.offersConcern()) {
            if (issueTypes.jiraDefault()) {
                reasons.add(reason("default-issue-type-scheme", issueTypes.scheme()));
            } else if (!issueTypes.alsoUsedBy().isEmpty()) {
                reasons.add(reason("issue-type-scheme-shared", issueTypes.scheme(),
                        String.join(", ", issueTypes.alsoUsedBy())));
            }
            steps.add(step(Change.STOP_OFFERING_ISSUE_TYPE, issueTypes.scheme(), issueTypes.alsoUsedBy()));
        }
    }

    /**
     * A project without issue security gets the app's scheme, once leads are named to see its cases; a scheme of the
     * organisation's own is left alone, because moving its issues' levels is Jira's to do.
     */
    private static void enableSecurity(ProjectSchemes.Security security, List<Step> steps, List<Reason> reasons,
                                       List<Reason> notes) {
        if (security.kind() == ProjectSchemes.SecurityKind.NONE) {
            if (!security.leadsNamed()) {
                reasons.add(reason("name-leads-first"));
            }
            steps.add(new Step(Change.USE_CONFIDENTIAL_SCHEME, security.scheme(), ""));
        } else if (security.kind() == ProjectSchemes.SecurityKind.OTHER) {
            notes.add(reason("own-security-scheme", security.scheme()));
        }
    }

    /** The app's scheme goes only when no issue of the project is at its level: that level would go with it. */
    private static void disableSecurity(ProjectSchemes.Security security, List<Step> steps, List<Reason> reasons) {
        if (security.kind() != ProjectSchemes.SecurityKind.APP) {
            return;
        }
        if (security.confidentialIssues() > 0) {
            reasons.add(reason("confidential-issues", String.valueOf(security.confidentialIssues())));
        }
        steps.add(new Step(Change.STOP_CONFIDENTIAL_SCHEME, security.scheme(), ""));
    }

    /**
     * A project that holds other work has its e-mails and its browsers set for that work: one of its own for
     * safeguarding keeps the cases apart, so the admin hears that before enabling a shared one.
     */
    private static void ownProject(ProjectSchemes project, List<Reason> notes) {
        List<String> otherWork = project.screens().otherIssueTypes();
        if (!otherWork.isEmpty()) {
            notes.add(reason("own-project", String.join(", ", otherWork)));
        }
    }

    /**
     * Jira's own e-mails carry an issue's fields: the admin hears which events the project's notification scheme
     * would still e-mail a case's contents about, and that Stop Jira's e-mails is there.
     */
    private static void jiraEmails(ProjectSchemes.Notifications notifications, List<Reason> notes) {
        if (!notifications.known()) {
            notes.add(reason("notifications-unknown"));
        } else if (!notifications.emailedEvents().isEmpty()) {
            notes.add(reason("jira-emails", notifications.scheme(),
                    String.join(", ", notifications.emailedEvents())));
            if (!notifications.recipients().isEmpty()) {
                notes.add(reason("jira-emails-to", String.join(", ", notifications.recipients())));
            }
        }
    }

    /**
     * What Enable leaves as it is but the admin should weigh for confidential cases: who may browse the project, and
     * whether its other issue types get the case screens too.
     */
    private static void whoCanSee(ProjectSchemes project, List<Reason> notes) {
        ProjectSchemes.Access access = project.access();
        if (!access.known()) {
            notes.add(reason("browse-unknown"));
        } else if (access.everyone()) {
            notes.add(reason("browse-everyone", access.scheme(), String.join(", ", access.browsers())));
        } else if (!access.browsers().isEmpty()) {
            notes.add(reason("browse", access.scheme(), String.join(", ", access.browsers())));
        }
        if (project.screens().caseScreensShared()) {
            notes.add(reason("case-screens-shared", project.screens().scheme(),
                    String.join(", ", project.screens().otherIssueTypes())));
        }
    }

    /** The safe choice: no notification scheme, so Jira e-mails nobody about any of the project's issues. */
    private static void stopJiraEmails(ProjectSchemes.Notifications notifications, List<Step> steps,
                                       List<Reason> reasons, List<Reason> notes) {
        if (!notifications.known()) {
            reasons.add(reason("notifications-unknown"));
        } else if (!notifications.scheme().isEmpty()) {
            steps.add(new Step(Change.STOP_NOTIFICATION_SCHEME, notifications.scheme(), ""));
            jiraEmails(notifications, notes);
        }
    }

    /** Existing concerns stand in the way; so does not knowing, as Jira could not count them. */
    private static void concerns(ProjectSchemes project, String reasonWhenSome, List<Reason> reasons) {
        if (project.concerns() < 0) {
            reasons.add(reason("concerns-unknown"));
        } else if (project.concerns() > 0) {
            reasons.add(reason(reasonWhenSome, String.valueOf(project.concerns())));
        }
    }

    /** A workflow scheme's mapping changes for every project using it: not while an admin edits it, nor under cases. */
    private static void sharedWorkflowScheme(Workflows workflows, List<Reason> reasons) {
        if (workflows.hasDraft()) {
            reasons.add(reason("workflow-scheme-draft", workflows.scheme()));
        }
        if (!workflows.concernsIn().isEmpty()) {
            reasons.add(reason("workflow-scheme-shared", workflows.scheme(),
                    String.join(", ", workflows.concernsIn())));
        }
    }

    private static Step step(Change change, String scheme, List<String> alsoAffects) {
        return new Step(change, scheme, String.join(", ", alsoAffects));
    }

    private static Reason reason(String name, String... arguments) {
        return new Reason("safeguarding.enablement.reason." + name, List.of(arguments));
    }
}
