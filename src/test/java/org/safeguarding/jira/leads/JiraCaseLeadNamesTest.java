package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.leads.CaseLeadNames.Named;
import org.safeguarding.preview.LocalCaches;
import org.safeguarding.referral.AppSettings;

public class JiraCaseLeadNamesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ConfiguredLeads leads;
    @Mock
    private ProjectManager projects;
    @Mock
    private EventPublisher events;
    @Mock
    private Issue caseInSg;
    @Mock
    private Issue caseInHome;
    @Mock
    private Project sg;
    @Mock
    private Project home;

    private final LocalCaches caches = new LocalCaches();
    private JiraCaseLeadNames names;

    @Before
    public void setUp() {
        names = new JiraCaseLeadNames(caches, leads, projects);
        when(caseInSg.getProjectObject()).thenReturn(sg);
        when(caseInHome.getProjectObject()).thenReturn(home);
        when(sg.getKey()).thenReturn("SG");
        when(home.getKey()).thenReturn("HOME");
        when(projects.getProjectObjByKey("SG")).thenReturn(sg);
        when(projects.getProjectObjByKey("HOME")).thenReturn(home);
    }

    @Test
    public void of_shouldNameTheLeadsTheAppTellsSortedByName() {
        LinkedHashSet<ApplicationUser> group = people("Sam Lead", "Amira Lead");
        when(leads.leadsToTell("safeguarding-leads", null, null)).thenReturn(group);

        assertThat(names.of(caseInSg, leadGroup()),
                is(Optional.of(new Named(List.of("Amira Lead", "Sam Lead"), 0))));
    }

    @Test
    public void of_shouldNameTheFirstFiveAndCountTheRest() {
        LinkedHashSet<ApplicationUser> group = people("G", "F", "E", "D", "C", "B", "A");
        when(leads.leadsToTell("safeguarding-leads", null, null)).thenReturn(group);

        assertThat(names.of(caseInSg, leadGroup()),
                is(Optional.of(new Named(List.of("A", "B", "C", "D", "E"), 2))));
    }

    @Test
    public void of_shouldListAGroupOnceForEveryViewOfEveryProject() {
        LinkedHashSet<ApplicationUser> group = people("Amira Lead");
        when(leads.leadsToTell("safeguarding-leads", null, null)).thenReturn(group);
        AppSettings named = leadGroup();

        names.of(caseInSg, named);
        names.of(caseInHome, named);
        names.of(caseInSg, named);

        verify(leads, times(1)).leadsToTell(any(), any(), any());
    }

    @Test
    public void of_shouldKeepARolesLeadsForEachProjectApart() {
        LinkedHashSet<ApplicationUser> inSg = people("Amira Lead");
        LinkedHashSet<ApplicationUser> inHome = people("Ola Lead");
        when(leads.leadsToTell(isNull(), any(), any())).thenAnswer(call -> call.getArgument(2) == sg ? inSg : inHome);
        AppSettings named = leadRole();

        assertThat(names.of(caseInSg, named).orElseThrow().first(), is(List.of("Amira Lead")));
        assertThat(names.of(caseInHome, named).orElseThrow().first(), is(List.of("Ola Lead")));
    }

    @Test
    public void of_shouldListTheGroupAgainAfterAUserDirectoryChanges() {
        LinkedHashSet<ApplicationUser> before = people("Amira Lead");
        LinkedHashSet<ApplicationUser> after = people("Amira Lead", "Sam Lead");
        when(leads.leadsToTell("safeguarding-leads", null, null)).thenReturn(before, after);
        AppSettings named = leadGroup();
        names.of(caseInSg, named);

        new LeadNamesChanges(events, names).onDirectoryChange(mock(DirectoryEvent.class));

        assertThat(names.of(caseInSg, named).orElseThrow().first(), is(List.of("Amira Lead", "Sam Lead")));
    }

    @Test
    public void names_shouldBeKeptClusterWideAndForAFewMinutesAtMost() {
        assertThat(caches.settings(), hasToString("remote replicateViaInvalidation expireAfterWrite 300s"));
    }

    @Test
    public void of_shouldSayItCannotTellRatherThanNameNobodyWhenThisJiraLacksTheLeadsLookUp() {
        when(leads.leadsToTell(any(), any(), any())).thenThrow(
                new NoSuchMethodError("ProjectRoleManager.getProjectRoleActors"));

        assertThat(names.of(caseInSg, leadRole()), is(Optional.empty()));
    }

    @Test
    public void changes_shouldKeepTheAppRunningWhenThisJiraLacksDirectoryEvents() {
        doThrow(new NoClassDefFoundError("com/atlassian/crowd/event/DirectoryEvent")).when(events).register(any());

        new LeadNamesChanges(events, names).onStart();

        verify(events).register(any());
    }

    private static AppSettings leadGroup() {
        return new AppSettings(Set.of(), false, false, "safeguarding-leads", null, null);
    }

    private static AppSettings leadRole() {
        return new AppSettings(Set.of(), false, false, null, "Safeguarding lead", null);
    }

    private static LinkedHashSet<ApplicationUser> people(String... displayNames) {
        return Stream.of(displayNames).map(name -> {
            ApplicationUser user = mock(ApplicationUser.class);
            when(user.getDisplayName()).thenReturn(name);
            return user;
        }).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }
}
