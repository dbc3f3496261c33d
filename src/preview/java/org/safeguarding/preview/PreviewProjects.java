package org.safeguarding.preview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safeguarding.jira.enablement.Creation;
import org.safeguarding.jira.enablement.EnablementPlan;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.EnablementPlanner;
import org.safeguarding.jira.enablement.NewProject;
import org.safeguarding.jira.enablement.ProjectCreation;
import org.safeguarding.jira.enablement.ProjectEnablement;
import org.safeguarding.jira.enablement.ProjectSchemes;
import org.safeguarding.jira.enablement.ProjectSchemes.IssueTypes;
import org.safeguarding.jira.enablement.ProjectSchemes.Screens;
import org.safeguarding.jira.enablement.ProjectSchemes.Workflows;
import org.safeguarding.jira.enablement.ProjectReadiness;
import org.safeguarding.jira.leads.LeadNames;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.referral.AppSettings;

/**
 * The preview's Jira projects, in memory: SG is set up (confidential too) and has the sample cases, so it cannot be
 * switched off; HELP offers the issue type on a workflow scheme of its own, without the case screens, the referral
 * workflow or issue security yet. The
 * real planner decides; each change is made to the schemes in memory as Jira's adapter makes it to Jira's. A project
 * made by Create a Safeguarding project gets what Jira's adapter gives one (schemes of its own, no notification
 * scheme, Jira's default workflow scheme until Enable), after the checks Jira's project service makes with its
 * default settings.
 */
final class PreviewProjects implements ProjectReadiness, ProjectEnablement, ProjectCreation {
    /** Jira's Default Notification Scheme, as a new Jira gives every project: it e-mails about every event. */
    private static final ProjectSchemes.Notifications JIRA_DEFAULT_NOTIFICATIONS = new ProjectSchemes.Notifications(
            true, "Default Notification Scheme", List.of("Issue Created", "Issue Updated", "Issue Assigned",
            "Issue Resolved", "Issue Closed", "Issue Commented", "Issue Reopened", "Issue Deleted", "Issue Moved",
            "Generic Event", "Issue Comment Edited", "Issue Comment Deleted"),
            List.of("the issue's assignee", "the issue's reporter", "the issue's watchers"));

    /** The id of the first project's filter of every case; Jira numbers its filters from 10000. */
    private static final long FIRST_FILTER = 10500;

    /** Jira's default project key pattern (jira.projectkey.pattern) and its longest key by default. */
    private static final Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z]+");
    private static final int JIRA_LONGEST_KEY = 10;
    /** The preview's users, by username. */
    private static final List<String> USERS = List.of("admin", "lead", "worker", "home-lead");

    private final Map<String, ProjectSchemes> projects = new LinkedHashMap<>();
    private final SettingsStore settings;
    private final LeadNames groups;

    PreviewProjects(long sampleCases, SettingsStore settings, LeadNames groups) {
        this.settings = settings;
        this.groups = groups;
        add(new ProjectSchemes("SG", "Safeguarding", sampleCases,
                new IssueTypes("SG: Issue type scheme", false, true, List.of()),
                new Screens("SG: Issue type screen scheme", true, true, List.of(), List.of(), List.of("Task")),
                new Workflows(ProjectSchemes.SchemeKind.OWN, "SG: Workflow scheme", true, false, true, List.of(),
                        List.of()),
                new ProjectSchemes.Security(ProjectSchemes.SecurityKind.APP, "Safeguarding confidential", true, 0),
                JIRA_DEFAULT_NOTIFICATIONS, new ProjectSchemes.Access(true, "SG: Permission scheme",
                List.of("project role Safeguarding lead", "project role Administrators"), false)));
        add(new ProjectSchemes("HELP", "Drop-in help desk", 0,
                new IssueTypes("HELP: Issue type scheme", false, true, List.of()),
                new Screens("HELP: Issue type screen scheme", false, false, List.of(), List.of(), List.of("Task")),
                new Workflows(ProjectSchemes.SchemeKind.OWN, "HELP: Workflow scheme", false, false, true, List.of(),
                        List.of()),
                new ProjectSchemes.Security(ProjectSchemes.SecurityKind.NONE, "Safeguarding confidential", true, 0),
                JIRA_DEFAULT_NOTIFICATIONS, new ProjectSchemes.Access(true, "Default Permission Scheme",
                List.of("anyone logged in"), true)));
        // A project of the organisation's other work, on its own schemes, which does not offer concerns.
        add(new ProjectSchemes("HOUSING", "Housing advice", 0,
                new IssueTypes("HOUSING: Issue type scheme", false, false, List.of()),
                new Screens("HOUSING: Issue type screen scheme", false, false, List.of(), List.of(), List.of("Task")),
                new Workflows(ProjectSchemes.SchemeKind.OWN, "HOUSING: Workflow scheme", false, false, true,
                        List.of(), List.of()),
                new ProjectSchemes.Security(ProjectSchemes.SecurityKind.NONE, "Safeguarding confidential", true, 0),
                JIRA_DEFAULT_NOTIFICATIONS, new ProjectSchemes.Access(true, "HOUSING: Permission scheme",
                List.of("project role Housing advisers"), false)));
    }

    private void add(ProjectSchemes project) {
        projects.put(project.key(), project);
    }

    @Override
    public synchronized List<ProjectStatus> projects() {
        return projects.values().stream().map(project -> new ProjectStatus(project.key(), project.name(),
                project.issueTypes().offersConcern(), project.screens().caseScreens(),
                project.workflows().referralWorkflow(), project.security().kind().confidentiality())).toList();
    }

    /** As Enable made them for the admin: a filter of every case for each ready project, its id by project order. */
    @Override
    public synchronized Map<String, Long> boardFilters(List<String> projectKeys) {
        List<String> order = List.copyOf(projects.keySet());
        Map<String, Long> filters = new LinkedHashMap<>();
        projects().stream().filter(ProjectStatus::ready).filter(status -> projectKeys.contains(status.key()))
                .forEach(status -> filters.put(status.key(), FIRST_FILTER + order.indexOf(status.key())));
        return filters;
    }

    @Override
    public synchronized Optional<EnablementPlan> plan(String projectKey, Action action) {
        return Optional.ofNullable(projects.get(projectKey)).map(project -> EnablementPlanner.plan(project, action));
    }

    @Override
    public synchronized Optional<EnablementPlan> apply(String projectKey, Action action) {
        Optional<EnablementPlan> plan = plan(projectKey, action);
        plan.filter(planned -> !planned.blocked()).ifPresent(planned -> planned.steps().forEach(step ->
                projects.computeIfPresent(projectKey, (key, project) -> changed(project, step.change()))));
        return plan;
    }

    @Override
    public synchronized Creation create(NewProject asked) {
        AppSettings named = settings.read();
        if (named.leadGroup() == null && named.leadProjectRole() == null) {
            return Creation.notNow(List.of(new EnablementPlan.Reason(
                    "safeguarding.enablement.reason.name-leads-first", List.of())));
        }
        List<FieldError> problems = new ArrayList<>();
        if (asked.lead() != null && !USERS.contains(asked.lead())) {
            problems.add(FieldError.of("lead", "safeguarding.error.new-project.no-such-user", asked.lead()));
        }
        if (!groups.groupExists(asked.raisers())) {
            problems.add(FieldError.of("raisers", "safeguarding.error.new-project.no-such-group", asked.raisers()));
        }
        jiraRefuses(asked).forEach(problems::add);
        if (!problems.isEmpty()) {
            return Creation.refused(problems);
        }
        List<String> browsers = new ArrayList<>();
        Optional.ofNullable(named.leadGroup()).ifPresent(group -> browsers.add("group " + group));
        Optional.ofNullable(named.leadProjectRole()).ifPresent(role -> browsers.add("project role " + role));
        browsers.add("group " + asked.raisers());
        browsers.add("the project lead");
        add(new ProjectSchemes(asked.key(), asked.name(), 0,
                new IssueTypes(asked.key() + ": Safeguarding issue types", false, true, List.of()),
                new Screens(asked.key() + ": Safeguarding screens", true, false, List.of(), List.of(), List.of()),
                new Workflows(ProjectSchemes.SchemeKind.JIRA_DEFAULT, "Default Workflow Scheme", false, false, true,
                        List.of(), List.of()),
                new ProjectSchemes.Security(ProjectSchemes.SecurityKind.NONE, "Safeguarding confidential", true, 0),
                new ProjectSchemes.Notifications(true, "", List.of()), new ProjectSchemes.Access(true,
                asked.key() + ": Safeguarding permissions", browsers, false)));
        EnablementPlan enabled = apply(asked.key(), Action.ENABLE).orElseThrow();
        List<EnablementPlan.Reason> unfinished = new ArrayList<>(enabled.reasons());
        Optional.ofNullable(named.leadProjectRole()).ifPresent(role -> unfinished.add(new EnablementPlan.Reason(
                "safeguarding.new-project.add-role-members", List.of(role, asked.key()))));
        return Creation.made(enabled, unfinished);
    }

    /** What Jira's project service refuses with its default settings, in Jira's own words. */
    private List<FieldError> jiraRefuses(NewProject asked) {
        List<FieldError> refused = new ArrayList<>();
        if (!JIRA_KEY.matcher(asked.key()).matches() || asked.key().length() > JIRA_LONGEST_KEY) {
            refused.add(jiraSays("key", "You must specify a unique project key, at least 2 characters long, "
                    + "containing only uppercase letters."));
        } else if (projects.containsKey(asked.key())) {
            refused.add(jiraSays("key", "Project '" + projects.get(asked.key()).name() + "' uses this project key."));
        }
        if (asked.name().length() < 2) {
            refused.add(jiraSays("name", "The project name must be at least 2 characters long."));
        } else if (projects.values().stream().anyMatch(project -> project.name().toLowerCase(Locale.ROOT)
                .equals(asked.name().toLowerCase(Locale.ROOT)))) {
            refused.add(jiraSays("name", "A project with that name already exists."));
        }
        return refused;
    }

    private static FieldError jiraSays(String field, String words) {
        return FieldError.of(field, "safeguarding.error.new-project.jira-says", words);
    }

    private static ProjectSchemes changed(ProjectSchemes project, EnablementPlan.Change change) {
        IssueTypes types = project.issueTypes();
        Screens screens = project.screens();
        Workflows workflows = project.workflows();
        return switch (change) {
            case OFFER_ISSUE_TYPE, STOP_OFFERING_ISSUE_TYPE -> with(project, new IssueTypes(types.scheme(),
                    types.jiraDefault(), change == EnablementPlan.Change.OFFER_ISSUE_TYPE, types.alsoUsedBy()),
                    screens, workflows);
            case USE_CONFIDENTIAL_SCHEME, STOP_CONFIDENTIAL_SCHEME -> new ProjectSchemes(project.key(), project.name(),
                    project.concerns(), types, screens, workflows, new ProjectSchemes.Security(
                    change == EnablementPlan.Change.USE_CONFIDENTIAL_SCHEME ? ProjectSchemes.SecurityKind.APP
                            : ProjectSchemes.SecurityKind.NONE, project.security().scheme(),
                    project.security().leadsNamed(), 0), project.notifications(), project.access());
            case STOP_NOTIFICATION_SCHEME -> new ProjectSchemes(project.key(), project.name(), project.concerns(),
                    types, screens, workflows, project.security(), new ProjectSchemes.Notifications(true, "",
                    List.of()), project.access());
            case USE_CASE_SCREENS, STOP_CASE_SCREENS -> {
                boolean on = change == EnablementPlan.Change.USE_CASE_SCREENS;
                yield with(project, types, new Screens(screens.scheme(), on, on, screens.alsoUsedBy(),
                        screens.concernsIn(), screens.otherIssueTypes()), workflows);
            }
            default -> with(project, types, screens, new Workflows(workflows.kind(), workflows.scheme(),
                    change == EnablementPlan.Change.MAP_REFERRAL_WORKFLOW
                            || change == EnablementPlan.Change.SWITCH_TO_APP_WORKFLOW_SCHEME, workflows.hasDraft(),
                    workflows.switchKeepsOtherWorkflows(), workflows.alsoUsedBy(), workflows.concernsIn()));
        };
    }

    private static ProjectSchemes with(ProjectSchemes project, IssueTypes types, Screens screens,
                                       Workflows workflows) {
        return new ProjectSchemes(project.key(), project.name(), project.concerns(), types, screens, workflows,
                project.security(), project.notifications(), project.access());
    }
}
