package org.safeguarding.jira.workflow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;

public class JiraConfidentialLevelTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueSecuritySchemeManager schemes;
    @Mock
    private SetupStore setupStore;
    @Mock
    private Issue issue;
    @Mock
    private Project project;

    private JiraConfidentialLevel levels;

    @Before
    public void setUp() {
        when(setupStore.load()).thenReturn(SetupIds.none().withSecurityScheme(30L).withSecurityLevel(40L));
        when(issue.getProjectObject()).thenReturn(project);
        levels = new JiraConfidentialLevel(schemes, setupStore);
    }

    @Test
    public void levelFor_shouldGiveTheConfidentialLevelInAProjectThatUsesTheAppsScheme() {
        when(schemes.getSchemeFor(project)).thenReturn(new Scheme(30L, "IssueSecurityScheme",
                "Safeguarding confidential", "", List.of()));

        assertThat(levels.levelFor(issue), is(Optional.of(40L)));
    }

    @Test
    public void levelFor_shouldGiveNoneInAProjectWithAnotherSchemeOrNone() {
        when(schemes.getSchemeFor(project)).thenReturn(new Scheme(31L, "IssueSecurityScheme", "HR only", "",
                List.of()));
        assertThat(levels.levelFor(issue), is(Optional.empty()));

        when(schemes.getSchemeFor(project)).thenReturn(null);
        assertThat(levels.levelFor(issue), is(Optional.empty()));
    }
}
