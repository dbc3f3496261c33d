package org.safeguarding.jira.setup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelPermission;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeEntity;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.ofbiz.core.entity.GenericValue;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.AppSettings;

public class ConfidentialSetupTest {
    private static final Scheme CONFIDENTIAL = new Scheme(30L, "IssueSecurityScheme", "Safeguarding confidential",
            "", List.of());

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueSecuritySchemeManager schemes;
    @Mock
    private IssueSecurityLevelManager levels;
    @Mock
    private ProjectRoleManager projectRoles;
    @Mock
    private IssueSecurityLevel level;

    private final InMemorySetupStore store = new InMemorySetupStore();
    private final InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
    private final GenericValue schemeValue = new GenericValue();
    private final List<SchemeEntity> granted = new ArrayList<>();
    private ConfidentialSetup setup;

    @Before
    public void setUp() throws Exception {
        when(schemes.createSchemeObject(anyString(), anyString())).thenReturn(CONFIDENTIAL);
        when(levels.createIssueSecurityLevel(anyLong(), anyString(), anyString())).thenReturn(level);
        when(level.getId()).thenReturn(40L);
        when(level.getName()).thenReturn("Leads, reporter and assignee");
        when(schemes.getScheme(30L)).thenReturn(schemeValue);
        when(schemes.createSchemeEntity(any(), any())).thenAnswer(call -> {
            granted.add(call.getArgument(1));
            return schemeValue;
        });
        setup = new ConfidentialSetup(schemes, levels, projectRoles, settings, store, new PropertiesTexts());
    }

    private static List<String> holders(List<SchemeEntity> grants) {
        return grants.stream().map(grant -> grant.getType() + ":" + grant.getParameter() + "@"
                + grant.getEntityTypeId()).toList();
    }

    private static AppSettings leads(String group, String role) {
        return new AppSettings(Set.of(), false, false, group, role, null);
    }

    @Test
    public void ensure_shouldMakeTheSchemeAndALevelForTheLeadsTheReporterAndTheAssignee() {
        settings.save(leads("safeguarding-leads", null));
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(recorder);

        verify(schemes).createSchemeObject("Safeguarding confidential",
                new PropertiesTexts().text("safeguarding.security-scheme.description"));
        verify(levels).createIssueSecurityLevel(30L, "Leads, reporter and assignee",
                new PropertiesTexts().text("safeguarding.security-level.description"));
        assertThat(holders(granted), containsInAnyOrder("reporter:null@40", "assignee:null@40",
                "group:safeguarding-leads@40"));
        assertThat(store.load().securityScheme().orElseThrow(), is(30L));
        assertThat(store.load().securityLevel().orElseThrow(), is(40L));
        assertThat(recorder.report().problems(), empty());
        verify(levels).clearUsersLevels();
    }

    @Test
    public void ensure_shouldFindWhatItMadeBeforeAndGrantNothingTwice() {
        when(schemes.getSchemeObjects()).thenReturn(List.of(CONFIDENTIAL));
        when(levels.getIssueSecurityLevels(30L)).thenReturn(List.of(level));
        List<IssueSecurityLevelPermission> grants = List.of(grant(1L, "reporter", ""), grant(2L, "assignee", null));
        when(schemes.getPermissionsBySecurityLevel(40L)).thenReturn(grants);

        setup.ensure(new SetupRecorder(store));

        verify(schemes, never()).createSchemeObject(anyString(), anyString());
        verify(levels, never()).createIssueSecurityLevel(anyLong(), anyString(), anyString());
        assertThat(granted, is(empty()));
        verify(levels, never()).clearUsersLevels();
    }

    @Test
    public void ensure_shouldKeepTheSchemeItRecordedAndAdoptNoOtherOnASecondRun() {
        store.save(SetupIds.none().withSecurityScheme(30L));
        Scheme renamedByAnAdmin = new Scheme(30L, "IssueSecurityScheme", "Confidential cases", "", List.of());
        Scheme anotherWithOurName = new Scheme(31L, "IssueSecurityScheme", "Safeguarding confidential", "", List.of());
        when(schemes.getSchemeObjects()).thenReturn(List.of(anotherWithOurName, renamedByAnAdmin));
        when(levels.getIssueSecurityLevels(30L)).thenReturn(List.of(level));

        setup.ensure(new SetupRecorder(store));

        assertThat(store.load().securityScheme().orElseThrow(), is(30L));
        verify(schemes, never()).createSchemeObject(anyString(), anyString());
        verify(levels, never()).getIssueSecurityLevels(31L);
    }

    @Test
    public void ensure_shouldAdoptOnlyASchemeOfItsOwnNameOnTheFirstRun() {
        Scheme someoneElses = new Scheme(31L, "IssueSecurityScheme", "Default security", "", List.of());
        when(schemes.getSchemeObjects()).thenReturn(List.of(someoneElses));

        setup.ensure(new SetupRecorder(store));

        verify(schemes).createSchemeObject(eq("Safeguarding confidential"), anyString());
        assertThat(store.load().securityScheme().orElseThrow(), is(30L));
    }

    @Test
    public void leadsNamed_shouldMoveTheLeadsGrantToTheNewGroupAndRoleAndKeepAPersonAnAdminAdded() throws Exception {
        store.save(SetupIds.none().withSecurityScheme(30L).withSecurityLevel(40L));
        List<IssueSecurityLevelPermission> grants = List.of(grant(1L, "reporter", null), grant(2L, "assignee", null),
                grant(3L, "group", "old-leads"), grant(4L, "user", "dpo"));
        when(schemes.getPermissionsBySecurityLevel(40L)).thenReturn(grants);
        ProjectRole role = mock(ProjectRole.class);
        when(role.getId()).thenReturn(10002L);
        when(projectRoles.getProjectRole("Safeguarding lead")).thenReturn(role);

        setup.leadsNamed(leads("safeguarding-leads", "Safeguarding lead"));

        verify(schemes).deleteEntity(3L);
        verify(schemes, never()).deleteEntity(4L);
        verify(levels).clearUsersLevels();
        assertThat(holders(granted), containsInAnyOrder("group:safeguarding-leads@40", "projectrole:10002@40"));
    }

    @Test
    public void leadsNamed_shouldDoNothingBeforeSetUpHasMadeTheScheme() throws Exception {
        setup.leadsNamed(leads("safeguarding-leads", null));

        verify(schemes, never()).getPermissionsBySecurityLevel(any());
        assertThat(granted, is(empty()));
    }

    @Test
    public void ensure_shouldReportWhenJiraRefusesAGrant() throws Exception {
        when(schemes.createSchemeEntity(any(), any())).thenThrow(new org.ofbiz.core.entity.GenericEntityException(
                "database down"));
        SetupRecorder recorder = new SetupRecorder(store);

        setup.ensure(recorder);

        assertThat(recorder.report().problems(), contains(
                "Jira did not accept the grants of the level Leads, reporter and assignee: database down"));
    }

    private static IssueSecurityLevelPermission grant(Long id, String type, String parameter) {
        IssueSecurityLevelPermission grant = mock(IssueSecurityLevelPermission.class);
        when(grant.getId()).thenReturn(id);
        when(grant.getType()).thenReturn(type);
        when(grant.getParameter()).thenReturn(parameter);
        return grant;
    }
}
