package org.safeguarding.jira.raise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.Test;
import org.safeguarding.jira.platform.PageLinkCondition;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.UkClock;

public class RaiseConditionsTest {
    private final TestUser user = TestUser.worker();
    private final ConcernRaiser raiser = mock(ConcernRaiser.class);

    @Test
    public void topLink_shouldShowToAnyoneLoggedInAndNobodyElse() {
        PageLinkCondition link = new PageLinkCondition(user, new SelfCheck(new UkClock()));
        link.init(Map.of("page", RaiseConcernServlet.class.getName()));

        assertThat(link.shouldDisplay(Map.of()), is(true));
        user.anonymous();
        assertThat(link.shouldDisplay(Map.of()), is(false));
    }

    @Test
    public void topLink_shouldRefuseAPageTheAppDoesNotHave() {
        PageLinkCondition link = new PageLinkCondition(user, new SelfCheck(new UkClock()));

        assertThrows(IllegalArgumentException.class, () -> link.init(Map.of("page", "org.example.NoSuchPage")));
        assertThrows(IllegalArgumentException.class, () -> link.init(Map.of()));
    }

    @Test
    public void sidebarLink_shouldShowOnlyInAProjectTheUserMayRaiseAConcernIn() {
        when(raiser.mayRaiseIn("SG")).thenReturn(true);
        RaiseInProjectCondition sidebar = new RaiseInProjectCondition(raiser, new SelfCheck(new UkClock()));

        assertThat(sidebar.shouldDisplay(Map.of("projectKey", "SG")), is(true));
        assertThat(sidebar.shouldDisplay(Map.of("projectKey", "HR")), is(false));
        assertThat(sidebar.shouldDisplay(Map.of()), is(false));
    }
}
