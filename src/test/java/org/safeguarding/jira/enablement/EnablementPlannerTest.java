package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.Test;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.EnablementPlan.Change;
import org.safeguarding.jira.enablement.EnablementPlan.Step;
import org.safeguarding.jira.enablement.ProjectSchemes.IssueTypes;
import org.safeguarding.jira.enablement.ProjectSchemes.SchemeKind;
import org.safeguarding.jira.enablement.ProjectSchemes.Screens;
import org.safeguarding.jira.enablement.ProjectSchemes.Workflows;

public class EnablementPlannerTest {
    private static final IssueTypes NOT_OFFERED = new IssueTypes("HELP types", false, false, List.of());
    private static final IssueTypes OFFERED = new IssueTypes("HELP types", false, true, List.of());
    private static final Screens NO_CASE_SCREENS = new Screens("HELP screens", false, false, List.of(), List.of());
    private static final Screens CASE_SCREENS = new Screens("HELP screens", true, true, List.of(), List.of());
    private static final Workflows OWN_WORKFLOW = new Workflows(SchemeKind.OWN, "HELP workflows", false, false, true,
            List.of(), List.of());
    private static final Workflows REFERRAL = new Workflows(SchemeKind.OWN, "HELP workflows", true, false, true,
            List.of(), List.of());

    private static final ProjectSchemes.Security OWN_SECURITY = new ProjectSchemes.Security(
            ProjectSchemes.SecurityKind.OTHER, "HELP security", true, 0);

    private static ProjectSchemes help(long concerns, IssueTypes types, Screens screens, Workflows workflows) {
        return help(concerns, types, screens, workflows, OWN_SECURITY);
    }

    private static final ProjectSchemes.Notifications NO_NOTIFICATIONS = new ProjectSchemes.Notifications(true, "",
            List.of());
    private static final ProjectSchemes.Notifications EMAILS = new ProjectSchemes.Notifications(true,
            "Default Notification Scheme", List.of("Issue Updated", "Issue Commented"));

    private static ProjectSchemes help(long concerns, IssueTypes types, Screens screens, Workflows workflows,
                                       ProjectSchemes.Security security) {
        return new ProjectSchemes("HELP", "Drop-in help desk", concerns, types, screens, workflows, security,
                NO_NOTIFICATIONS);
    }

    private static ProjectSchemes help(ProjectSchemes.Notifications notifications) {
        return new ProjectSchemes("HELP", "Drop-in help desk", 0, OFFERED, CASE_SCREENS, REFERRAL, OWN_SECURITY,
                notifications);
    }

    private static ProjectSchemes.Security security(ProjectSchemes.SecurityKind kind, boolean leadsNamed,
                                                    long confidentialIssues) {
        return new ProjectSchemes.Security(kind, "Safeguarding confidential", leadsNamed, confidentialIssues);
    }

    @Test
    public void plan_shouldGiveAProjectWithoutIssueSecurityTheConfidentialSchemeOnceLeadsAreNamed() {
        EnablementPlan named = EnablementPlanner.plan(help(0, OFFERED, CASE_SCREENS, REFERRAL,
                security(ProjectSchemes.SecurityKind.NONE, true, 0)), Action.ENABLE);
        EnablementPlan unnamed = EnablementPlanner.plan(help(0, OFFERED, CASE_SCREENS, REFERRAL,
                security(ProjectSchemes.SecurityKind.NONE, false, 0)), Action.ENABLE);

        assertThat(named.steps(), contains(new Step(Change.USE_CONFIDENTIAL_SCHEME, "Safeguarding confidential", "")));
        assertThat(named.blocked(), is(false));
        assertThat(reasons(unnamed), contains("safeguarding.enablement.reason.name-leads-first"));
    }

    @Test
    public void plan_shouldLeaveAProjectsOwnIssueSecuritySchemeAloneAndSaySo() {
        EnablementPlan plan = EnablementPlanner.plan(help(0, OFFERED, CASE_SCREENS, REFERRAL), Action.ENABLE);

        assertThat(plan.nothingToDo(), is(true));
        assertThat(plan.notes().get(0).messageKey(), is("safeguarding.enablement.reason.own-security-scheme"));
        assertThat(plan.notes().get(0).arguments(), contains("HELP security"));
    }

    @Test
    public void plan_shouldTakeTheConfidentialSchemeOffOnlyWhenNoIssueIsAtItsLevel() {
        EnablementPlan none = EnablementPlanner.plan(help(0, NOT_OFFERED, NO_CASE_SCREENS, OWN_WORKFLOW,
                security(ProjectSchemes.SecurityKind.APP, true, 0)), Action.DISABLE);
        EnablementPlan some = EnablementPlanner.plan(help(0, NOT_OFFERED, NO_CASE_SCREENS, OWN_WORKFLOW,
                security(ProjectSchemes.SecurityKind.APP, true, 3)), Action.DISABLE);

        assertThat(changes(none), contains(Change.STOP_CONFIDENTIAL_SCHEME));
        assertThat(none.blocked(), is(false));
        assertThat(reasons(some), contains("safeguarding.enablement.reason.confidential-issues"));
    }

    @Test
    public void plan_shouldSayWhichEventsTheNotificationSchemeWouldStillEmailACasesContentsAbout() {
        EnablementPlan plan = EnablementPlanner.plan(help(EMAILS), Action.ENABLE);

        EnablementPlan.Reason emails = plan.notes().get(1);
        assertThat(emails.messageKey(), is("safeguarding.enablement.reason.jira-emails"));
        assertThat(emails.arguments(), contains("Default Notification Scheme", "Issue Updated, Issue Commented"));
        // Enabling leaves the scheme alone: taking it off is the admin's own choice.
        assertThat(plan.nothingToDo(), is(true));
    }

    @Test
    public void plan_shouldSayWhomJirasEmailsGoToBesideWhenTheyGo() {
        EnablementPlan plan = EnablementPlanner.plan(help(new ProjectSchemes.Notifications(true,
                "Default Notification Scheme", List.of("Issue Updated"), List.of("the issue's watchers",
                "group jira-users"))), Action.ENABLE);

        EnablementPlan.Reason whom = plan.notes().stream()
                .filter(note -> note.messageKey().equals("safeguarding.enablement.reason.jira-emails-to"))
                .findFirst().orElseThrow();
        assertThat(whom.arguments(), contains("the issue's watchers, group jira-users"));
    }

    @Test
    public void plan_shouldReportWhoMayBrowseTheProjectAndChangeNothingForIt() {
        EnablementPlan plan = EnablementPlanner.plan(withAccess(new ProjectSchemes.Access(true, "HELP permissions",
                List.of("project role Safeguarding lead", "group jira-administrators"), false)), Action.ENABLE);

        assertThat(plan.notes().get(1).messageKey(), is("safeguarding.enablement.reason.browse"));
        assertThat(plan.notes().get(1).arguments(), contains("HELP permissions",
                "project role Safeguarding lead, group jira-administrators"));
        assertThat(plan.nothingToDo(), is(true));
    }

    @Test
    public void plan_shouldWarnWhenEveryoneMayBrowseTheProject() {
        EnablementPlan plan = EnablementPlanner.plan(withAccess(new ProjectSchemes.Access(true,
                "Default Permission Scheme", List.of("anyone logged in"), true)), Action.ENABLE);

        assertThat(plan.notes().get(1).messageKey(), is("safeguarding.enablement.reason.browse-everyone"));
        assertThat(plan.blocked(), is(false));
    }

    @Test
    public void plan_shouldSayWhenJiraCouldNotTellWhoMayBrowseTheProject() {
        EnablementPlan plan = EnablementPlanner.plan(withAccess(ProjectSchemes.Access.UNKNOWN), Action.ENABLE);

        assertThat(plan.notes().get(1).messageKey(), is("safeguarding.enablement.reason.browse-unknown"));
    }

    @Test
    public void plan_shouldSayNothingOfWhoMayBrowseWhenSwitchingOffOrStoppingEmails() {
        ProjectSchemes open = withAccess(new ProjectSchemes.Access(true, "Default Permission Scheme",
                List.of("anyone logged in"), true));

        assertThat(EnablementPlanner.plan(open, Action.DISABLE).notes(), is(List.of()));
        assertThat(EnablementPlanner.plan(open, Action.STOP_JIRA_EMAILS).notes(), is(List.of()));
    }

    @Test
    public void plan_shouldWarnWhenTheProjectsOtherIssueTypesGetTheCaseScreensByDefault() {
        Screens byDefault = new Screens("HELP screens", true, false, List.of(), List.of(), List.of("Task", "Bug"));
        Screens ownEntry = new Screens("HELP screens", true, true, List.of(), List.of(), List.of("Task", "Bug"));
        Screens onlyConcerns = new Screens("HELP screens", true, false, List.of(), List.of(), List.of());

        EnablementPlan shared = EnablementPlanner.plan(help(0, OFFERED, byDefault, REFERRAL), Action.ENABLE);

        EnablementPlan.Reason note = shared.notes().get(shared.notes().size() - 1);
        assertThat(note.messageKey(), is("safeguarding.enablement.reason.case-screens-shared"));
        assertThat(note.arguments(), contains("HELP screens", "Task, Bug"));
        assertThat(notes(EnablementPlanner.plan(help(0, OFFERED, ownEntry, REFERRAL), Action.ENABLE)),
                not(hasItem("safeguarding.enablement.reason.case-screens-shared")));
        assertThat(notes(EnablementPlanner.plan(help(0, OFFERED, onlyConcerns, REFERRAL), Action.ENABLE)),
                not(hasItem("safeguarding.enablement.reason.case-screens-shared")));
    }

    @Test
    public void plan_shouldFirstRecommendAProjectOfItsOwnWhenTheProjectHoldsOtherWork() {
        Screens helpDesk = new Screens("HELP screens", true, true, List.of(), List.of(), List.of("Task", "Bug"));
        Screens safeguardingOnly = new Screens("SAFE screens", true, true, List.of(), List.of(), List.of());

        EnablementPlan shared = EnablementPlanner.plan(help(0, OFFERED, helpDesk, REFERRAL), Action.ENABLE);

        assertThat(shared.notes().get(0).messageKey(), is("safeguarding.enablement.reason.own-project"));
        assertThat(shared.notes().get(0).arguments(), contains("Task, Bug"));
        assertThat(shared.blocked(), is(false));
        assertThat(notes(EnablementPlanner.plan(help(0, OFFERED, safeguardingOnly, REFERRAL), Action.ENABLE)),
                not(hasItem("safeguarding.enablement.reason.own-project")));
        assertThat(notes(EnablementPlanner.plan(help(0, OFFERED, helpDesk, REFERRAL), Action.DISABLE)),
                not(hasItem("safeguarding.enablement.reason.own-project")));
    }

    private static ProjectSchemes withAccess(ProjectSchemes.Access access) {
        return new ProjectSchemes("HELP", "Drop-in help desk", 0, OFFERED, CASE_SCREENS, REFERRAL, OWN_SECURITY,
                NO_NOTIFICATIONS, access);
    }

    private static List<String> notes(EnablementPlan plan) {
        return plan.notes().stream().map(EnablementPlan.Reason::messageKey).toList();
    }

    @Test
    public void plan_shouldSayNothingOfJirasEmailsWhenTheProjectsSchemeSendsNone() {
        EnablementPlan plan = EnablementPlanner.plan(help(new ProjectSchemes.Notifications(true, "Quiet",
                List.of())), Action.ENABLE);

        assertThat(plan.notes().stream().map(EnablementPlan.Reason::messageKey).toList(),
                contains("safeguarding.enablement.reason.own-security-scheme"));
    }

    @Test
    public void plan_shouldSayWhenJiraCouldNotTellWhatTheNotificationSchemeSends() {
        EnablementPlan enable = EnablementPlanner.plan(help(ProjectSchemes.Notifications.UNKNOWN), Action.ENABLE);
        EnablementPlan stop = EnablementPlanner.plan(help(ProjectSchemes.Notifications.UNKNOWN),
                Action.STOP_JIRA_EMAILS);

        assertThat(enable.notes().get(1).messageKey(), is("safeguarding.enablement.reason.notifications-unknown"));
        assertThat(enable.blocked(), is(false));
        assertThat(reasons(stop), contains("safeguarding.enablement.reason.notifications-unknown"));
    }

    @Test
    public void plan_shouldTakeTheNotificationSchemeOffWhenStoppingJirasEmailsAndSayWhatItSent() {
        EnablementPlan plan = EnablementPlanner.plan(help(EMAILS), Action.STOP_JIRA_EMAILS);

        assertThat(plan.steps(), contains(new Step(Change.STOP_NOTIFICATION_SCHEME, "Default Notification Scheme",
                "")));
        assertThat(plan.notes().get(0).messageKey(), is("safeguarding.enablement.reason.jira-emails"));
        assertThat(plan.blocked(), is(false));
    }

    @Test
    public void plan_shouldFindNothingToStopInAProjectWithoutANotificationScheme() {
        EnablementPlan plan = EnablementPlanner.plan(help(NO_NOTIFICATIONS), Action.STOP_JIRA_EMAILS);

        assertThat(plan.nothingToDo(), is(true));
        assertThat(plan.notes(), is(empty()));
    }

    private static List<Change> changes(EnablementPlan plan) {
        return plan.steps().stream().map(Step::change).toList();
    }

    private static List<String> reasons(EnablementPlan plan) {
        return plan.reasons().stream().map(EnablementPlan.Reason::messageKey).toList();
    }

    @Test
    public void plan_shouldEnableAFreshProjectInEachOfItsThreeSchemes() {
        EnablementPlan plan = EnablementPlanner.plan(help(0, NOT_OFFERED, NO_CASE_SCREENS, OWN_WORKFLOW),
                Action.ENABLE);

        assertThat(changes(plan), contains(Change.OFFER_ISSUE_TYPE, Change.USE_CASE_SCREENS,
                Change.MAP_REFERRAL_WORKFLOW));
        assertThat(plan.steps().get(0), is(new Step(Change.OFFER_ISSUE_TYPE, "HELP types", "")));
        assertThat(plan.blocked(), is(false));
    }

    @Test
    public void plan_shouldFindNothingToDoWhenTheProjectIsAlreadyEnabled() {
        EnablementPlan plan = EnablementPlanner.plan(help(3, OFFERED, CASE_SCREENS, REFERRAL), Action.ENABLE);

        assertThat(plan.nothingToDo(), is(true));
    }

    @Test
    public void plan_shouldNameTheOtherProjectsAChangeToASharedSchemeAlsoReaches() {
        IssueTypes shared = new IssueTypes("Shared types", false, false, List.of("Housing", "Benefits"));

        EnablementPlan plan = EnablementPlanner.plan(help(0, shared, CASE_SCREENS, REFERRAL), Action.ENABLE);

        assertThat(plan.steps(), contains(new Step(Change.OFFER_ISSUE_TYPE, "Shared types", "Housing, Benefits")));
    }

    @Test
    public void plan_shouldLeaveMovingExistingConcernsToAnotherWorkflowToJira() {
        EnablementPlan plan = EnablementPlanner.plan(help(4, OFFERED, CASE_SCREENS, OWN_WORKFLOW), Action.ENABLE);

        assertThat(reasons(plan), contains("safeguarding.enablement.reason.concerns-on-another-workflow"));
        assertThat(plan.reasons().get(0).arguments(), contains("4"));
        assertThat(plan.blocked(), is(true));
    }

    @Test
    public void plan_shouldRefuseWhenJiraCouldNotCountTheConcerns() {
        EnablementPlan plan = EnablementPlanner.plan(help(-1, OFFERED, CASE_SCREENS, OWN_WORKFLOW), Action.ENABLE);

        assertThat(reasons(plan), contains("safeguarding.enablement.reason.concerns-unknown"));
    }

    @Test
    public void plan_shouldNotMapAWorkflowSchemeThatAnotherProjectsConcernsRunOnOrThatHasADraft() {
        Workflows shared = new Workflows(SchemeKind.OWN, "Shared workflows", false, true, true,
                List.of("Housing"), List.of("Housing"));

        EnablementPlan plan = EnablementPlanner.plan(help(0, NOT_OFFERED, CASE_SCREENS, shared), Action.ENABLE);

        assertThat(reasons(plan), contains("safeguarding.enablement.reason.workflow-scheme-draft",
                "safeguarding.enablement.reason.workflow-scheme-shared"));
        assertThat(plan.reasons().get(1).arguments(), contains("Shared workflows", "Housing"));
    }

    @Test
    public void plan_shouldMoveAProjectOnJirasDefaultWorkflowSchemeToTheAppsOnlyWhenNothingElseChanges() {
        Workflows jiraDefault = new Workflows(SchemeKind.JIRA_DEFAULT, "Default Workflow Scheme", false, false, true,
                List.of(), List.of());
        Workflows differs = new Workflows(SchemeKind.JIRA_DEFAULT, "Default Workflow Scheme", false, false, false,
                List.of(), List.of());

        assertThat(changes(EnablementPlanner.plan(help(0, OFFERED, CASE_SCREENS, jiraDefault), Action.ENABLE)),
                contains(Change.SWITCH_TO_APP_WORKFLOW_SCHEME));
        assertThat(reasons(EnablementPlanner.plan(help(0, OFFERED, CASE_SCREENS, differs), Action.ENABLE)),
                contains("safeguarding.enablement.reason.app-scheme-differs"));
    }

    @Test
    public void plan_shouldDisableAProjectWithoutConcernsByUndoingEachPart() {
        EnablementPlan plan = EnablementPlanner.plan(help(0, OFFERED, CASE_SCREENS, REFERRAL), Action.DISABLE);

        assertThat(changes(plan), contains(Change.UNMAP_REFERRAL_WORKFLOW, Change.STOP_CASE_SCREENS,
                Change.STOP_OFFERING_ISSUE_TYPE));
        assertThat(plan.blocked(), is(false));
    }

    @Test
    public void plan_shouldMoveAProjectBackFromTheAppsWorkflowSchemeToJirasDefault() {
        Workflows app = new Workflows(SchemeKind.APP, "Safeguarding workflow scheme", true, false, true, List.of(),
                List.of());

        EnablementPlan plan = EnablementPlanner.plan(help(0, OFFERED, CASE_SCREENS, app), Action.DISABLE);

        assertThat(changes(plan).get(0), is(Change.SWITCH_TO_DEFAULT_WORKFLOW_SCHEME));
    }

    @Test
    public void plan_shouldNotDisableAProjectThatStillHasConcerns() {
        EnablementPlan plan = EnablementPlanner.plan(help(2, OFFERED, CASE_SCREENS, REFERRAL), Action.DISABLE);

        assertThat(reasons(plan), contains("safeguarding.enablement.reason.has-concerns"));
        assertThat(plan.blocked(), is(true));
    }

    @Test
    public void plan_shouldNotTakeTheIssueTypeOrScreensFromSchemesOtherProjectsShare() {
        IssueTypes jiraDefault = new IssueTypes("Default Issue Type Scheme", true, true, List.of());
        Screens shared = new Screens("Shared screens", true, true, List.of("Housing"), List.of("Housing"));

        EnablementPlan plan = EnablementPlanner.plan(help(0, jiraDefault, shared, REFERRAL), Action.DISABLE);

        assertThat(reasons(plan), contains("safeguarding.enablement.reason.screen-scheme-shared",
                "safeguarding.enablement.reason.default-issue-type-scheme"));
    }

    @Test
    public void plan_shouldLeaveCaseScreensThatComeFromTheSchemesDefaultEntry() {
        Screens byDefault = new Screens("HELP screens", true, false, List.of(), List.of());

        EnablementPlan plan = EnablementPlanner.plan(help(0, NOT_OFFERED, byDefault, OWN_WORKFLOW), Action.DISABLE);

        assertThat(plan.nothingToDo(), is(true));
        assertThat(plan.reasons(), is(empty()));
    }

    @Test
    public void notSetUp_shouldSayToFinishSetUpFirst() {
        EnablementPlan plan = EnablementPlanner.notSetUp("HELP", "Drop-in help desk", Action.ENABLE);

        assertThat(reasons(plan), contains("safeguarding.enablement.reason.not-set-up"));
    }
}
