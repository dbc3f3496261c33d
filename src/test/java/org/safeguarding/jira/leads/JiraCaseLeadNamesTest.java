package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraCaseLeadNamesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueManager issues;
    @Mock
    private ConfiguredLeads leads;
    @Mock
    private MutableIssue issue;
    @Mock
    private ApplicationUser amira;
    @Mock
    private ApplicationUser sam;

    @Test
    public void of_shouldNameTheLeadsTheAppTellsInOrder() {
        when(issues.getIssueObject("SG-1")).thenReturn(issue);
        when(leads.leadsToTell(issue)).thenReturn(new LinkedHashSet<>(List.of(amira, sam)));
        when(amira.getDisplayName()).thenReturn("Amira Lead");
        when(sam.getDisplayName()).thenReturn("Sam Lead");

        assertThat(new JiraCaseLeadNames(issues, leads).of("SG-1"), is(Optional.of(List.of("Amira Lead", "Sam Lead"))));
    }

    @Test
    public void of_shouldNameNobodyForAnIssueJiraDoesNotFind() {
        assertThat(new JiraCaseLeadNames(issues, leads).of("SG-404"), is(Optional.of(List.of())));
    }

    @Test
    public void of_shouldSayItCannotTellRatherThanNameNobodyWhenThisJiraLacksTheLeadsLookUp() {
        when(issues.getIssueObject("SG-1")).thenReturn(issue);
        when(leads.leadsToTell(issue)).thenThrow(new NoSuchMethodError("ProjectRoleManager.getProjectRoleActors"));

        assertThat(new JiraCaseLeadNames(issues, leads).of("SG-1"), is(Optional.empty()));
    }
}
