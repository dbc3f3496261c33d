package org.safeguarding.jira.panel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;
import org.junit.Test;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanations;

/**
 * What one issue view asks of Jira, counted on the real adapters with counting stand-ins (issue 33): the case found
 * once from the issue Jira passed, one browse check, the settings read once, and the leads' group listed once for
 * every view, however many people are in it.
 */
public class IssueViewCallsTest {
    private final JiraIssueView jira = new JiraIssueView(DefaultDirectory.load(), Explanations.shipped(), 2_000, true,
            true);

    @Test
    public void view_shouldFindTheCaseOnceFromJirasOwnIssueWithOneBrowseCheck() {
        Map<String, Object> panel = jira.view();

        assertThat(panel.get("visible"), is(true));
        verify(jira.permissions, times(1)).hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS),
                same((Issue) jira.context().get("issue")), any(ApplicationUser.class));
        verifyNoInteractions(jira.issues);
    }

    /** Other concerns about the person are searched for only when the case has a person reference. */
    @Test
    public void view_shouldSearchNothingForACaseWithoutAPersonReference() {
        jira.view();

        verifyNoInteractions(jira.search);
    }

    @Test
    public void view_shouldReadTheSettingsOnceAndTheSetUpOnceToTellTheCaseAndOnceToReadIt() {
        jira.view();

        assertThat(jira.settingsReads.get(), is(1));
        verify(jira.setup, times(2)).load();
    }

    @Test
    public void view_shouldAskWhetherTheViewerLeadsTheCaseOnce() {
        jira.view();

        verify(jira.salUsers, times(1)).isUserInGroup(any(), any());
    }

    @Test
    public void views_shouldListTheLeadsGroupOnceHoweverManyViewsAndPeople() {
        jira.view();
        jira.view();
        jira.view();

        verify(jira.groups, times(1)).getUsersInGroup(any());
        assertThat((String) jira.view().get("leads"), is("Your safeguarding leads: Lead 0, Lead 1, Lead 10, Lead 100, "
                + "Lead 1000 and 1,995 more"));
    }
}
