package org.safeguarding.jira.enablement;

import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;

/**
 * Reads, never changes, each project's schemes: whether its issue type scheme offers Safeguarding concern, whether
 * its issue type screen scheme gives that issue type the Safeguarding concern screen scheme, whether its workflow
 * scheme gives it the Safeguarding referral workflow, and which issue security scheme it has.
 */
@Named
public class JiraProjectReadiness implements ProjectReadiness {
    private final ProjectManager projects;
    private final IssueTypeSchemeManager issueTypes;
    private final IssueTypeScreenSchemeManager screenSchemes;
    private final WorkflowSchemeManager workflowSchemes;
    private final SetupStore setupStore;
    private final JiraProjectSecurity security;
    private final SharedFilters filters;

    @Inject
    public JiraProjectReadiness(ProjectManager projects, IssueTypeSchemeManager issueTypes,
                                IssueTypeScreenSchemeManager screenSchemes, WorkflowSchemeManager workflowSchemes,
                                SetupStore setupStore, JiraProjectSecurity security, SharedFilters filters) {
        this.projects = projects;
        this.issueTypes = issueTypes;
        this.screenSchemes = screenSchemes;
        this.workflowSchemes = workflowSchemes;
        this.setupStore = setupStore;
        this.security = security;
        this.filters = filters;
    }

    @Override
    public Map<String, Long> boardFilters(List<String> projectKeys) {
        try {
            return filters.boardFilters(projectKeys);
        } catch (LinkageError lacking) {
            // The self-check names what this Jira lacks; the Projects page then offers no board, and works on.
            return Map.of();
        }
    }

    @Override
    public List<ProjectStatus> projects() {
        SetupIds ids = setupStore.load();
        return projects.getProjectObjects().stream().map(project -> status(project, ids)).toList();
    }

    /** One project's schemes only, not every project's. */
    @Override
    public boolean ready(Project project) {
        return status(project, setupStore.load()).ready();
    }

    /**
     * A project that does not offer the issue type cannot be ready, whatever its schemes: only the projects that offer
     * it have their screen, workflow and security schemes read, so a Jira of thousands of projects costs one cached
     * look-up of issue types per project and a few scheme reads per enabled one (JiraProjectReadinessTest counts them).
     */
    private ProjectStatus status(Project project, SetupIds ids) {
        Optional<IssueType> concern = ids.issueType().flatMap(typeId -> issueTypes.getIssueTypesForProject(project)
                .stream().filter(type -> typeId.equals(type.getId())).findFirst());
        if (concern.isEmpty()) {
            return new ProjectStatus(project.getKey(), project.getName(), false, false, false,
                    ProjectReadiness.Confidentiality.NONE);
        }
        return new ProjectStatus(project.getKey(), project.getName(), true,
                usesOurScreens(project, concern.get(), ids), usesOurWorkflow(project, concern.get()),
                security.kind(project, ids).confidentiality());
    }

    private boolean usesOurScreens(Project project, IssueType concern, SetupIds ids) {
        IssueTypeScreenScheme scheme = screenSchemes.getIssueTypeScreenScheme(project);
        return scheme != null && ConcernPlacement.caseScreens(scheme, concern, ids);
    }

    private boolean usesOurWorkflow(Project project, IssueType concern) {
        AssignableWorkflowScheme scheme = workflowSchemes.getWorkflowSchemeObj(project);
        return scheme != null && ConcernPlacement.referralWorkflow(scheme, concern);
    }
}
