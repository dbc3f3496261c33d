package org.safeguarding.jira.enablement;

import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.EnablementPlan.Action;
import org.safeguarding.jira.enablement.EnablementPlan.Step;
import org.safeguarding.jira.platform.SetupLock;
import org.safeguarding.jira.setup.WorkflowSetup;

/**
 * Switches the app on or off for a Jira project by changing only the Safeguarding concern's place in the project's
 * schemes: offered by its issue type scheme, given the case screens by its issue type screen scheme, run on the
 * referral workflow by its workflow scheme (or, for a project on Jira's default workflow scheme, by moving it to the
 * app's scheme, which differs only there); and a project without issue security gets the app's confidential scheme.
 * Stopping Jira's e-mails takes the project's notification scheme off it. Enabling also makes the project's shared
 * filters ({@link SharedFilters}), or brings them up to date.
 * Each change is the one {@link EnablementPlanner} planned from the project as
 * it is at that moment.
 */
@Named
public class JiraProjectEnablement implements ProjectEnablement {
    private final ProjectManager projects;
    private final JiraProjectSchemes schemes;
    private final SetupStore setupStore;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final IssueTypeScreenSchemeManager screenSchemes;
    private final FieldScreenSchemeManager fieldScreenSchemes;
    private final WorkflowSchemeManager workflowSchemes;
    private final IssueTypeEntries entries;
    private final IssueSecuritySchemeManager securitySchemes;
    private final JiraProjectNotifications notifications;
    private final SharedFilters sharedFilters;
    private final SetupLock lock;

    @Inject
    public JiraProjectEnablement(ProjectManager projects, JiraProjectSchemes schemes, SetupStore setupStore,
                                 IssueTypeSchemeManager issueTypeSchemes, IssueTypeScreenSchemeManager screenSchemes,
                                 FieldScreenSchemeManager fieldScreenSchemes, WorkflowSchemeManager workflowSchemes,
                                 IssueTypeEntries entries, IssueSecuritySchemeManager securitySchemes,
                                 JiraProjectNotifications notifications, SharedFilters sharedFilters,
                                 SetupLock lock) {
        this.projects = projects;
        this.schemes = schemes;
        this.setupStore = setupStore;
        this.issueTypeSchemes = issueTypeSchemes;
        this.screenSchemes = screenSchemes;
        this.fieldScreenSchemes = fieldScreenSchemes;
        this.workflowSchemes = workflowSchemes;
        this.entries = entries;
        this.securitySchemes = securitySchemes;
        this.notifications = notifications;
        this.sharedFilters = sharedFilters;
        this.lock = lock;
    }

    @Override
    public Optional<EnablementPlan> plan(String projectKey, Action action) {
        SetupIds ids = setupStore.load();
        return project(projectKey).map(project -> isSetUp(ids)
                ? EnablementPlanner.plan(schemes.read(project, ids), action)
                : EnablementPlanner.notSetUp(project.getKey(), project.getName(), action));
    }

    /** Plans and makes the changes holding the set-up lock, so two nodes never change one project's schemes at once. */
    @Override
    public Optional<EnablementPlan> apply(String projectKey, Action action) {
        return lock.holding(() -> applyNow(projectKey, action))
                .orElseGet(() -> plan(projectKey, action).map(EnablementPlanner::busy));
    }

    /** Makes the plan's changes; enabling also makes or brings up to date the project's shared filters. */
    private Optional<EnablementPlan> applyNow(String projectKey, Action action) {
        return plan(projectKey, action).map(planned -> {
            if (planned.blocked()) {
                return planned;
            }
            Project project = projects.getProjectObjByKey(planned.projectKey());
            SetupIds ids = setupStore.load();
            List<EnablementPlan.Reason> notes = new ArrayList<>(planned.notes());
            for (Step step : planned.steps()) {
                make(step.change(), project, ids).ifPresent(notes::add);
            }
            if (action == Action.ENABLE) {
                notes.addAll(sharedFilters.ensure(project, ids));
            }
            return new EnablementPlan(planned.projectKey(), planned.projectName(), action, planned.steps(),
                    planned.reasons(), notes);
        });
    }

    /** Makes one change; answers what the admin should know when Jira could not make it and the rest goes on. */
    private Optional<EnablementPlan.Reason> make(EnablementPlan.Change change, Project project, SetupIds ids) {
        String concern = ids.issueType().orElseThrow();
        switch (change) {
            case OFFER_ISSUE_TYPE -> offer(project, Stream.concat(offered(project), Stream.of(concern)).distinct()
                    .toList());
            case STOP_OFFERING_ISSUE_TYPE -> offer(project, offered(project).filter(id -> !id.equals(concern)).toList());
            case USE_CASE_SCREENS -> {
                IssueTypeScreenScheme scheme = screenSchemes.getIssueTypeScreenScheme(project);
                if (scheme.containsEntity(concern)) {
                    scheme.removeEntity(concern);
                }
                scheme.addEntity(entries.entry(concern,
                        fieldScreenSchemes.getFieldScreenScheme(ids.screenScheme().orElseThrow())));
            }
            case STOP_CASE_SCREENS -> screenSchemes.getIssueTypeScreenScheme(project).removeEntity(concern);
            case MAP_REFERRAL_WORKFLOW -> {
                AssignableWorkflowScheme scheme = workflowSchemes.getWorkflowSchemeObj(project);
                workflowSchemes.updateWorkflowScheme(scheme.builder().setMapping(concern, WorkflowSetup.WORKFLOW_NAME)
                        .build());
            }
            case UNMAP_REFERRAL_WORKFLOW -> {
                AssignableWorkflowScheme scheme = workflowSchemes.getWorkflowSchemeObj(project);
                workflowSchemes.updateWorkflowScheme(scheme.builder().removeMapping(concern).build());
            }
            case SWITCH_TO_APP_WORKFLOW_SCHEME -> {
                workflowSchemes.removeSchemesFromProject(project);
                workflowSchemes.addSchemeToProject(project,
                        workflowSchemes.getSchemeObject(ids.workflowScheme().orElseThrow()));
            }
            case USE_CONFIDENTIAL_SCHEME -> securitySchemes.setSchemeForProject(project,
                    ids.securityScheme().orElseThrow());
            case STOP_CONFIDENTIAL_SCHEME -> securitySchemes.setSchemeForProject(project, null);
            // A project without a workflow scheme of its own uses Jira's default one.
            case SWITCH_TO_DEFAULT_WORKFLOW_SCHEME -> workflowSchemes.removeSchemesFromProject(project);
            // Jira's e-mails are the one change Jira may refuse without stopping the others: the admin is told.
            case STOP_NOTIFICATION_SCHEME -> {
                return notifications.stop(project);
            }
        }
        return Optional.empty();
    }

    private Stream<String> offered(Project project) {
        return issueTypeSchemes.getIssueTypesForProject(project).stream().map(IssueType::getId);
    }

    private void offer(Project project, List<String> issueTypeIds) {
        issueTypeSchemes.update(issueTypeSchemes.getConfigScheme(project), issueTypeIds);
    }

    private Optional<Project> project(String projectKey) {
        return Optional.ofNullable(projects.getProjectObjByKey(projectKey));
    }

    static boolean isSetUp(SetupIds ids) {
        return ids.issueType().isPresent() && ids.screenScheme().isPresent() && ids.workflowScheme().isPresent()
                && ids.securityScheme().isPresent() && ids.securityLevel().isPresent();
    }
}
