package org.safeguarding.jira.panel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.platform.HostApiCheck;
import org.safeguarding.jira.platform.HostMember;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.screening.Screening;

public class CaseConditionTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private Cases cases;
    @Mock
    private Issue issue;
    @Mock
    private JiraHelper helper;
    @Mock
    private SelfCheck selfCheck;

    private CaseCondition condition;

    @Before
    public void setUp() {
        when(issue.getKey()).thenReturn("SG-12");
        condition = new CaseCondition(cases, selfCheck);
    }

    @Test
    public void shouldDisplay_shouldShowASafeguardingConcernJiraShows() {
        when(cases.isCaseShown(issue)).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of("issue", issue)), is(true));
    }

    @Test
    public void shouldDisplay_shouldFindTheIssueThroughTheHelperWhenTheContextLacksIt() {
        when(helper.getContextParams()).thenReturn(Map.of("issue", issue));
        when(cases.isCaseShown(issue)).thenReturn(true);

        assertThat(condition.shouldDisplay(Map.of("helper", helper)), is(true));
    }

    @Test
    public void shouldDisplay_shouldHideItOnOtherIssues() {
        when(cases.isCaseShown(issue)).thenReturn(false);

        assertThat(condition.shouldDisplay(Map.of("issue", issue)), is(false));
    }

    @Test
    public void shouldDisplay_shouldSwitchThePanelOffWhenThisJiraLacksWhatItNeedsAndAskNothingOfTheCase() {
        HostMember member = new HostMember(HostMember.Kind.METHOD, "com/atlassian/jira/issue/IssueManager",
                "getIssueObject", "(Ljava/lang/String;)Lcom/atlassian/jira/issue/MutableIssue;",
                HostMember.Use.INTERFACE, Set.of("x"));
        when(selfCheck.missingFor(ResourcesPanelContext.class)).thenReturn(List.of(new SelfCheck.Found(
                new HostApiCheck.Missing(member, "no such method"), Set.of("x"))));

        assertThat(condition.shouldDisplay(Map.of("issue", issue)), is(false));
        verifyNoInteractions(cases);
    }

    @Test
    public void isVisibleCase_shouldByDefaultMeanACaseTheUserCanFind() {
        Cases lookups = key -> "SG-12".equals(key) ? CaseLookup.found(key, Screening.builder().build())
                : "SG-13".equals(key) ? CaseLookup.notACase() : CaseLookup.notVisible();

        assertThat(lookups.isVisibleCase("SG-12"), is(true));
        assertThat(lookups.isVisibleCase("SG-13"), is(false));
        assertThat(lookups.isVisibleCase("SG-14"), is(false));
    }

    @Test
    public void isCaseShown_shouldByDefaultMeanACaseTheUserCanFind() {
        Cases lookups = key -> "SG-12".equals(key) ? CaseLookup.found(key, Screening.builder().build())
                : CaseLookup.notVisible();
        Issue other = org.mockito.Mockito.mock(Issue.class);
        when(other.getKey()).thenReturn("SG-14");

        assertThat(lookups.isCaseShown(issue), is(true));
        assertThat(lookups.isCaseShown(other), is(false));
    }

    @Test
    public void shouldDisplay_shouldHideItWhereThereIsNoIssue() {
        assertThat(condition.shouldDisplay(Map.of()), is(false));
        assertThat(condition.shouldDisplay(Map.of("issue", "SG-12")), is(false));
        verifyNoInteractions(cases);
    }
}
