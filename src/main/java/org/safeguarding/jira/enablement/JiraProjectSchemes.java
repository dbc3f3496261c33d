package org.safeguarding.jira.enablement;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.CurrentUser;

/**
 * Reads what {@link EnablementPlanner} needs of a project from Jira, changing nothing: its schemes (the notification
 * scheme's through {@link JiraProjectNotifications}, who may browse it through {@link JiraProjectAccess}), which other
 * projects share each, and how many Safeguarding concerns it has (counted past issue security, so a confidential case
 * the admin cannot see still counts).
 */
@Named
public class JiraProjectSchemes {
    /** Concerns could not be counted: the planner then refuses, rather than risk stranding a case. */
    static final long UNKNOWN = -1;

    private final ProjectManager projects;
    private final IssueTypeManager issueTypeManager;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final IssueTypeScreenSchemeManager screenSchemes;
    private final WorkflowSchemeManager workflowSchemes;
    private final SearchService search;
    private final CurrentUser currentUser;
    private final UserManager users;
    private final JiraProjectSecurity security;
    private final JiraProjectNotifications notifications;
    private final JiraProjectAccess access;

    @Inject
    public JiraProjectSchemes(ProjectManager projects, IssueTypeManager issueTypeManager,
                              IssueTypeSchemeManager issueTypeSchemes, IssueTypeScreenSchemeManager screenSchemes,
                              WorkflowSchemeManager workflowSchemes, SearchService search, CurrentUser currentUser,
                              UserManager users, JiraProjectSecurity security, JiraProjectNotifications notifications,
                              JiraProjectAccess access) {
        this.projects = projects;
        this.issueTypeManager = issueTypeManager;
        this.issueTypeSchemes = issueTypeSchemes;
        this.screenSchemes = screenSchemes;
        this.workflowSchemes = workflowSchemes;
        this.search = search;
        this.currentUser = currentUser;
        this.users = users;
        this.security = security;
        this.notifications = notifications;
        this.access = access;
    }

    /** The project and its schemes; set-up must have made the issue type, screen scheme and workflow scheme. */
    ProjectSchemes read(Project project, SetupIds ids) {
        IssueType concern = issueTypeManager.getIssueType(ids.issueType().orElseThrow());
        List<Project> others = projects.getProjectObjects().stream()
                .filter(other -> !other.getId().equals(project.getId())).toList();
        // Each project's issue types are read once, however many of its schemes the project shares.
        Map<Long, Boolean> offering = new HashMap<>();
        Predicate<Project> offersConcern = other -> offering.computeIfAbsent(other.getId(),
                id -> offers(other, concern));
        Collection<IssueType> types = issueTypeSchemes.getIssueTypesForProject(project);
        return new ProjectSchemes(project.getKey(), project.getName(), concerns(project, concern),
                issueTypes(project, offers(types, concern), others),
                screens(project, concern, otherTypes(types, concern), ids, others, offersConcern),
                workflows(project, concern, ids, others, offersConcern), security.read(project, ids),
                notifications.read(project), access.read(project));
    }

    private ProjectSchemes.IssueTypes issueTypes(Project project, boolean offersConcern, List<Project> others) {
        FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
        return new ProjectSchemes.IssueTypes(scheme.getName(),
                scheme.getId().equals(issueTypeSchemes.getDefaultIssueTypeScheme().getId()), offersConcern,
                names(others.stream().filter(other -> issueTypeSchemes.getConfigScheme(other).getId()
                        .equals(scheme.getId())).toList()));
    }

    private ProjectSchemes.Screens screens(Project project, IssueType concern, List<String> otherTypes, SetupIds ids,
                                           List<Project> others, Predicate<Project> offersConcern) {
        IssueTypeScreenScheme scheme = screenSchemes.getIssueTypeScreenScheme(project);
        List<Project> sharing = others.stream().filter(other -> screenSchemes.getIssueTypeScreenScheme(other)
                .getId().equals(scheme.getId())).toList();
        return new ProjectSchemes.Screens(scheme.getName(), ConcernPlacement.caseScreens(scheme, concern, ids),
                scheme.containsEntity(concern.getId()), names(sharing),
                names(sharing.stream().filter(offersConcern).toList()), otherTypes);
    }

    private ProjectSchemes.Workflows workflows(Project project, IssueType concern, SetupIds ids, List<Project> others,
                                               Predicate<Project> offersConcern) {
        AssignableWorkflowScheme scheme = workflowSchemes.getWorkflowSchemeObj(project);
        ProjectSchemes.SchemeKind kind = workflowSchemes.isUsingDefaultScheme(project)
                ? ProjectSchemes.SchemeKind.JIRA_DEFAULT
                : ids.workflowScheme().filter(scheme.getId()::equals).isPresent() ? ProjectSchemes.SchemeKind.APP
                : ProjectSchemes.SchemeKind.OWN;
        // Every project on Jira's default scheme shares it, but moving one project off it changes no other.
        List<Project> sharing = kind == ProjectSchemes.SchemeKind.JIRA_DEFAULT ? List.of()
                : others.stream().filter(other -> !workflowSchemes.isUsingDefaultScheme(other)
                        && workflowSchemes.getWorkflowSchemeObj(other).getId().equals(scheme.getId())).toList();
        return new ProjectSchemes.Workflows(kind, scheme.getName(),
                ConcernPlacement.referralWorkflow(scheme, concern),
                kind != ProjectSchemes.SchemeKind.JIRA_DEFAULT && workflowSchemes.hasDraft(scheme),
                switchKeepsOtherWorkflows(project, concern, ids), names(sharing),
                names(sharing.stream().filter(offersConcern).toList()));
    }

    /** Whether Jira's default workflow scheme and the app's give every other issue type of the project one workflow. */
    private boolean switchKeepsOtherWorkflows(Project project, IssueType concern, SetupIds ids) {
        AssignableWorkflowScheme app = ids.workflowScheme().map(workflowSchemes::getWorkflowSchemeObj).orElse(null);
        AssignableWorkflowScheme jiraDefault = workflowSchemes.getDefaultWorkflowScheme();
        return app != null && issueTypeSchemes.getIssueTypesForProject(project).stream()
                .map(IssueType::getId).filter(id -> !id.equals(concern.getId()))
                .allMatch(id -> Objects.equals(app.getActualWorkflow(id), jiraDefault.getActualWorkflow(id)));
    }

    private long concerns(Project project, IssueType concern) {
        ApplicationUser admin = users.getUserByKey(currentUser.key().orElseThrow());
        SearchService.ParseResult parsed = search.parseQuery(admin,
                "project = " + project.getId() + " AND issuetype = " + concern.getId());
        if (!parsed.isValid()) {
            return UNKNOWN;
        }
        try {
            return search.searchCountOverrideSecurity(admin, parsed.getQuery());
        } catch (SearchException e) {
            return UNKNOWN;
        }
    }

    private boolean offers(Project project, IssueType concern) {
        return offers(issueTypeSchemes.getIssueTypesForProject(project), concern);
    }

    private static boolean offers(Collection<IssueType> types, IssueType concern) {
        return types.stream().anyMatch(type -> type.getId().equals(concern.getId()));
    }

    /** The project's issue types besides Safeguarding concern, by name. */
    private static List<String> otherTypes(Collection<IssueType> types, IssueType concern) {
        return types.stream().filter(type -> !type.getId().equals(concern.getId())).map(IssueType::getName).toList();
    }

    private static List<String> names(List<Project> projects) {
        return projects.stream().map(Project::getName).toList();
    }
}
