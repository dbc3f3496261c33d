package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeImpl;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeEntity;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.ofbiz.core.entity.GenericEntityException;
import org.ofbiz.core.entity.GenericValue;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.enablement.EnablementPlan.Reason;
import org.safeguarding.jira.platform.PropertiesTexts;

public class NewProjectSchemesTest {
    private static final SetupIds IDS = JiraProjectEnablementTest.IDS;

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueTypeSchemeManager issueTypeSchemes;
    @Mock
    private IssueTypeScreenSchemeManager screenSchemes;
    @Mock
    private FieldScreenSchemeManager fieldScreenSchemes;
    @Mock
    private ConstantsManager constants;
    @Mock
    private PermissionSchemeManager permissionSchemes;
    @Mock
    private Project safe;
    @Mock
    private FieldConfigScheme ownTypes;
    @Mock
    private FieldScreenScheme caseScreens;
    @Mock
    private IssueTypeScreenScheme jiraDefaultScreens;
    @Mock
    private GenericValue storedScheme;

    private NewProjectSchemes schemes;

    private static Scheme scheme(long id, String name) {
        return new Scheme(id, "PermissionScheme", name, "", List.of());
    }

    @Before
    public void setUp() {
        when(safe.getKey()).thenReturn("SAFE");
        when(safe.getName()).thenReturn("Safeguarding");
        schemes = new NewProjectSchemes(issueTypeSchemes, screenSchemes, fieldScreenSchemes,
                new IssueTypeEntries(screenSchemes, fieldScreenSchemes, constants), permissionSchemes,
                new PropertiesTexts());
    }

    @Test
    public void issueTypes_shouldGiveTheProjectASchemeOfferingSafeguardingConcernAlone() {
        when(issueTypeSchemes.create(anyString(), anyString(), any())).thenReturn(ownTypes);

        assertThat(schemes.issueTypes(safe, IDS), is(Optional.empty()));

        verify(issueTypeSchemes).create(eq("SAFE: Safeguarding issue types"), anyString(), eq(List.of("10100")));
        verify(issueTypeSchemes).addProjectAssociations(ownTypes, List.of(safe));
    }

    @Test
    public void screens_shouldMakeASchemeWhoseDefaultIsTheCaseScreensThenMoveTheProjectOntoIt() {
        when(fieldScreenSchemes.getFieldScreenScheme(10200L)).thenReturn(caseScreens);
        when(screenSchemes.getIssueTypeScreenScheme(safe)).thenReturn(jiraDefaultScreens);

        assertThat(schemes.screens(safe, IDS), is(Optional.empty()));

        ArgumentCaptor<IssueTypeScreenScheme> own = ArgumentCaptor.forClass(IssueTypeScreenScheme.class);
        InOrder order = inOrder(screenSchemes);
        order.verify(screenSchemes).removeSchemeAssociation(safe, jiraDefaultScreens);
        order.verify(screenSchemes).addSchemeAssociation(eq(safe), own.capture());
        IssueTypeScreenSchemeImpl made = (IssueTypeScreenSchemeImpl) own.getValue();
        assertThat(made.getName(), is("SAFE: Safeguarding screens"));
        assertThat(made.getId() != null, is(true));
        IssueTypeScreenSchemeEntityImpl entry = (IssueTypeScreenSchemeEntityImpl) made.getEntities().iterator()
                .next();
        assertThat(entry.getIssueTypeId(), is(nullValue()));
        assertThat(entry.getFieldScreenScheme(), is(caseScreens));
    }

    @Test
    public void permissions_shouldGrantEveryPermissionInANewSchemeBeforeTheProjectUsesIt() throws Exception {
        Scheme own = scheme(77L, "SAFE: Safeguarding permissions");
        when(permissionSchemes.getSchemeObjects()).thenReturn(List.of(scheme(1L, "Default Permission Scheme")));
        when(permissionSchemes.createSchemeObject(eq("SAFE: Safeguarding permissions"), anyString())).thenReturn(own);
        when(permissionSchemes.getScheme(77L)).thenReturn(storedScheme);
        List<ProjectGrants.Grant> grants = ProjectGrants.of("safeguarding-leads", null, "front-line");

        assertThat(schemes.permissions(safe, grants), is(Optional.empty()));

        ArgumentCaptor<SchemeEntity> granted = ArgumentCaptor.forClass(SchemeEntity.class);
        InOrder order = inOrder(permissionSchemes);
        order.verify(permissionSchemes, times(grants.size())).createSchemeEntity(eq(storedScheme), granted.capture());
        order.verify(permissionSchemes).removeSchemesFromProject(safe);
        order.verify(permissionSchemes).addSchemeToProject(safe, own);
        SchemeEntity first = granted.getAllValues().get(0);
        assertThat(first.getType() + " " + first.getParameter() + " "
                + ((ProjectPermissionKey) first.getEntityTypeId()).permissionKey(),
                is("group safeguarding-leads BROWSE_PROJECTS"));
    }

    @Test
    public void permissions_shouldNameTheSchemeAfreshWhenADeletedProjectLeftOneOfThatName() {
        when(permissionSchemes.getSchemeObjects()).thenReturn(List.of(scheme(5L, "SAFE: Safeguarding permissions"),
                scheme(6L, "SAFE: Safeguarding permissions (2)")));
        when(permissionSchemes.createSchemeObject(anyString(), anyString())).thenReturn(scheme(77L, "x"));

        schemes.permissions(safe, List.of());

        verify(permissionSchemes).createSchemeObject(eq("SAFE: Safeguarding permissions (3)"), anyString());
    }

    @Test
    public void permissions_shouldLeaveTheProjectOnItsSchemeAndSayWhatToDoWhenAGrantIsRefused() throws Exception {
        when(permissionSchemes.createSchemeObject(anyString(), anyString())).thenReturn(scheme(77L, "x"));
        when(permissionSchemes.getScheme(77L)).thenReturn(storedScheme);
        when(permissionSchemes.createSchemeEntity(any(), any())).thenThrow(new GenericEntityException("refused"));

        Optional<Reason> told = schemes.permissions(safe, ProjectGrants.of("leads", null, "staff"));

        assertThat(told.map(Reason::messageKey).orElseThrow(),
                is("safeguarding.new-project.unfinished.permissions-not-set"));
        assertThat(told.orElseThrow().arguments(), contains("SAFE"));
        verify(permissionSchemes, never()).removeSchemesFromProject(any());
        verify(permissionSchemes, never()).addSchemeToProject(any(), any());
    }

    @Test
    public void eachScheme_shouldBeIsolatedFromAMemberThisJiraLacks() {
        when(issueTypeSchemes.create(anyString(), anyString(), any())).thenThrow(new NoSuchMethodError("create"));
        when(fieldScreenSchemes.getFieldScreenScheme(10200L)).thenReturn(caseScreens);
        doThrow(new AbstractMethodError("addSchemeAssociation")).when(screenSchemes)
                .addSchemeAssociation(any(), any());

        assertThat(schemes.issueTypes(safe, IDS).map(Reason::messageKey).orElseThrow(),
                is("safeguarding.new-project.unfinished.issue-types-not-set"));
        assertThat(schemes.screens(safe, IDS).map(Reason::messageKey).orElseThrow(),
                is("safeguarding.new-project.unfinished.screens-not-set"));
    }
}
