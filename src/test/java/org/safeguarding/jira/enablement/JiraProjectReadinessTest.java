package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.enablement.ProjectReadiness.Confidentiality;
import org.safeguarding.jira.enablement.ProjectReadiness.ProjectStatus;

public class JiraProjectReadinessTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ProjectManager projects;
    @Mock
    private IssueTypeSchemeManager issueTypes;
    @Mock
    private IssueTypeScreenSchemeManager screenSchemes;
    @Mock
    private WorkflowSchemeManager workflowSchemes;
    @Mock
    private SetupStore setupStore;
    @Mock
    private Project project;
    @Mock
    private IssueType concern;
    @Mock
    private IssueTypeScreenScheme screenScheme;
    @Mock
    private FieldScreenScheme ourScreens;
    @Mock
    private AssignableWorkflowScheme workflowScheme;

    @Mock
    private JiraProjectSecurity security;
    @Mock
    private SharedFilters filters;

    private static final SetupIds IDS = SetupIds.none().withIssueType("10100").withScreenScheme(10200L);
    private JiraProjectReadiness readiness;

    @Before
    public void setUp() {
        when(setupStore.load()).thenReturn(IDS);
        when(projects.getProjectObjects()).thenReturn(List.of(project));
        when(project.getKey()).thenReturn("SG");
        when(project.getName()).thenReturn("Safeguarding");
        when(concern.getId()).thenReturn("10100");
        when(security.kind(project, IDS)).thenReturn(ProjectSchemes.SecurityKind.APP);
        readiness = new JiraProjectReadiness(projects, issueTypes, screenSchemes, workflowSchemes, setupStore,
                security, filters);
    }

    @Test
    public void projects_shouldCallAProjectReadyWhenItHasEveryPart() {
        projectUsing(10200L, "Safeguarding referral");

        assertThat(readiness.projects(), contains(new ProjectStatus("SG", "Safeguarding", true, true, true,
                Confidentiality.APP_SCHEME)));
        assertThat(readiness.projects().get(0).ready(), is(true));
    }

    @Test
    public void projects_shouldNameEachPartAProjectLacks() {
        projectUsing(1L, "jira");

        assertThat(readiness.projects(), contains(new ProjectStatus("SG", "Safeguarding", true, false, false,
                Confidentiality.APP_SCHEME)));
    }

    @Test
    public void projects_shouldLookNoFurtherInAProjectWithoutTheIssueType() {
        when(issueTypes.getIssueTypesForProject(project)).thenReturn(List.of());

        assertThat(readiness.projects(), contains(new ProjectStatus("SG", "Safeguarding", false, false, false,
                Confidentiality.NONE)));
        verifyNoInteractions(screenSchemes, workflowSchemes, security);
    }

    /**
     * The calls one load of the Projects page makes of Jira with 5,000 projects of which 10 offer the issue type: one
     * look-up of issue types per project (Jira answers it from its cache), and the schemes of the 10 only.
     */
    @Test
    public void projects_shouldReadSchemesOnlyOfTheProjectsThatOfferTheIssueType() {
        List<Project> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            Project each = mock(Project.class);
            when(issueTypes.getIssueTypesForProject(each)).thenReturn(i % 500 == 0 ? List.of(concern) : List.of());
            many.add(each);
        }
        when(projects.getProjectObjects()).thenReturn(many);
        when(screenSchemes.getIssueTypeScreenScheme(any())).thenReturn(screenScheme);
        when(screenScheme.getEffectiveFieldScreenScheme(concern)).thenReturn(ourScreens);
        when(workflowSchemes.getWorkflowSchemeObj(any(Project.class))).thenReturn(workflowScheme);
        when(security.kind(any(), any())).thenReturn(ProjectSchemes.SecurityKind.APP);

        assertThat(readiness.projects().stream().filter(ProjectStatus::issueType).count(), is(10L));
        verify(issueTypes, times(5000)).getIssueTypesForProject(any());
        verify(screenSchemes, times(10)).getIssueTypeScreenScheme(any());
        verify(workflowSchemes, times(10)).getWorkflowSchemeObj(any(Project.class));
        verify(security, times(10)).kind(any(), any());
    }

    @Test
    public void projects_shouldCallAProjectWithoutIssueSecurityNotReadyAndOneWithItsOwnSchemeReady() {
        projectUsing(10200L, "Safeguarding referral");
        when(security.kind(project, IDS)).thenReturn(ProjectSchemes.SecurityKind.NONE);
        assertThat(readiness.projects().get(0).ready(), is(false));

        when(security.kind(project, IDS)).thenReturn(ProjectSchemes.SecurityKind.OTHER);
        assertThat(readiness.projects().get(0).confidentiality(), is(Confidentiality.OWN_SCHEME));
        assertThat(readiness.projects().get(0).ready(), is(true));
    }

    /** The project offers Safeguarding concern, with these screens and this workflow for it. */
    private void projectUsing(long screenSchemeId, String workflow) {
        when(issueTypes.getIssueTypesForProject(project)).thenReturn(List.of(concern));
        when(screenSchemes.getIssueTypeScreenScheme(project)).thenReturn(screenScheme);
        when(screenScheme.getEffectiveFieldScreenScheme(concern)).thenReturn(ourScreens);
        when(ourScreens.getId()).thenReturn(screenSchemeId);
        when(workflowSchemes.getWorkflowSchemeObj(project)).thenReturn(workflowScheme);
        when(workflowScheme.getActualWorkflow("10100")).thenReturn(workflow);
    }

    @Test
    public void boardFilters_shouldBeTheFiltersOfEveryCaseEnableMade() {
        when(filters.boardFilters(List.of("SG"))).thenReturn(Map.of("SG", 10500L));

        assertThat(readiness.boardFilters(List.of("SG")), is(Map.of("SG", 10500L)));
    }

    @Test
    public void boardFilters_shouldOfferNoBoardWhereThisJiraLacksWhatFindsTheFilters() {
        when(filters.boardFilters(List.of("SG"))).thenThrow(new NoSuchMethodError("SharedEntity.getId()"));

        assertThat(readiness.boardFilters(List.of("SG")), is(Map.of()));
    }
}
