package org.safeguarding.jira.connections;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;

/** Linking through Jira's link manager as the lead: SG-1, SG-2 and SG-3 are issues 1, 2 and 3; the type is 10000. */
public class JiraCaseLinksTest {
    private static final Long TYPE = 10000L;

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueManager issues;
    @Mock
    private IssueLinkManager links;
    @Mock
    private SetupStore setupStore;
    @Mock
    private UserManager users;
    @Mock
    private ApplicationUser lead;

    private JiraCaseLinks caseLinks;

    @Before
    public void setUp() {
        for (long id = 1; id <= 3; id++) {
            MutableIssue issue = mock(MutableIssue.class);
            when(issue.getId()).thenReturn(id);
            when(issue.getKey()).thenReturn("SG-" + id);
            when(issues.getIssueObject("SG-" + id)).thenReturn(issue);
        }
        when(setupStore.load()).thenReturn(SetupIds.none().withLinkType(TYPE));
        when(users.getUserByKey("lead")).thenReturn(lead);
        caseLinks = new JiraCaseLinks(issues, links, setupStore, TestUser.worker().lead(), users,
                new PropertiesTexts());
    }

    /** Every two cases once, as the lead; a pair linked already, either way round, is left as it is. */
    @Test
    public void linkEachPair_shouldLinkEveryTwoCasesOnceAsTheLead() throws Exception {
        IssueLink existing = mock(IssueLink.class);
        when(links.getIssueLink(3L, 2L, TYPE)).thenReturn(existing);

        CaseLinks.Linked done = caseLinks.linkEachPair(List.of("SG-1", "SG-2", "SG-3"));

        assertThat(done.linked(), contains("SG-1 and SG-2", "SG-1 and SG-3"));
        assertThat(done.already(), is(1));
        assertThat(done.refused(), is(empty()));
        verify(links).createIssueLink(1L, 2L, TYPE, null, lead);
        verify(links).createIssueLink(1L, 3L, TYPE, null, lead);
        verify(links, never()).createIssueLink(2L, 3L, TYPE, null, lead);
    }

    /** A pair Jira refuses, or a Jira whose link manager lacks the method, is named; the other pairs are linked. */
    @Test
    public void linkEachPair_shouldNameWhatJiraRefusedAndLinkTheRest() throws Exception {
        doThrow(new CreateException("no")).when(links).createIssueLink(1L, 2L, TYPE, null, lead);
        doThrow(new NoSuchMethodError("createIssueLink")).when(links).createIssueLink(1L, 3L, TYPE, null, lead);

        CaseLinks.Linked done = caseLinks.linkEachPair(List.of("SG-1", "SG-2", "SG-3"));

        assertThat(done.linked(), contains("SG-2 and SG-3"));
        assertThat(done.refused(), contains(startsWith("Jira did not link SG-1 and SG-2. A Jira administrator can "
                + "check that issue linking is switched on"), startsWith("Jira did not link SG-1 and SG-3.")));
    }

    @Test
    public void linkEachPair_shouldLinkNothingAndSaySoBeforeSetUpHasMadeTheLinkType() throws Exception {
        when(setupStore.load()).thenReturn(SetupIds.none());

        CaseLinks.Linked done = caseLinks.linkEachPair(List.of("SG-1", "SG-2"));

        assertThat(done.linked(), is(empty()));
        assertThat(done.refused(), contains(new PropertiesTexts().text("safeguarding.connections.link.no-type")));
        verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
    }
}
