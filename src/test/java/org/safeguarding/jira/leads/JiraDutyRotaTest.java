package org.safeguarding.jira.leads;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.MapPluginSettings;
import org.safeguarding.referral.AppSettings;

public class JiraDutyRotaTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final AppSettings ASSIGNING = new AppSettings(Set.of(), false, false, "safeguarding-leads", null,
            null, true);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueManager issues;
    @Mock
    private UserManager users;
    @Mock
    private MutableIssue sg1;
    @Mock
    private Project sg;
    @Mock
    private ApplicationUser sam;

    private final MapPluginSettings sal = new MapPluginSettings();
    private final InMemorySettings settings = new InMemorySettings(ASSIGNING);
    private JiraDutyRota rota;

    @Before
    public void setUp() {
        when(issues.getIssueObject("SG-1")).thenReturn(sg1);
        when(sg1.getProjectObject()).thenReturn(sg);
        when(sg.getId()).thenReturn(10000L);
        when(users.getUserByKey("sam")).thenReturn(sam);
        when(sam.getKey()).thenReturn("sam");
        when(sam.getDisplayName()).thenReturn("Sam Lead");
        when(sam.isActive()).thenReturn(true);
        rota = new JiraDutyRota(sal, issues, users, (userKey, issue) -> "sam".equals(userKey), settings,
                Clock.fixed(NINE, ZoneOffset.UTC));
    }

    @Test
    public void take_shouldPutTheLeadOnDutyForTheCasesProjectByItsId() {
        rota.take("SG-1", "sam");

        assertThat(rota.forCase("SG-1"), is(Optional.of(new DutyRota.Duty("sam", "Sam Lead", NINE))));
        assertThat(sal.stored.containsKey("org.safeguarding.duty.project.10000"), is(true));
    }

    @Test
    public void take_shouldReplaceWhoeverWasOnDuty() {
        rota.take("SG-1", "ola");

        rota.take("SG-1", "sam");

        assertThat(rota.forCase("SG-1").map(DutyRota.Duty::userKey), is(Optional.of("sam")));
    }

    @Test
    public void handBack_shouldEndOnlyTheUsersOwnDuty() {
        rota.take("SG-1", "sam");

        rota.handBack("SG-1", "ola");
        assertThat(rota.forCase("SG-1").isPresent(), is(true));

        rota.handBack("SG-1", "sam");
        assertThat(rota.forCase("SG-1").isPresent(), is(false));
    }

    @Test
    public void forCase_shouldReadAnUnreadableEntryAsNobodyOnDuty() {
        sal.stored.put("org.safeguarding.duty.project.10000", "{\"user\": \"sam\", \"since\": \"at nine\"}");

        assertThat(rota.forCase("SG-1").isPresent(), is(false));
    }

    @Test
    public void forNewCase_shouldGiveTheNewCaseToTheLeadOnDuty() {
        rota.take("SG-1", "sam");

        assertThat(rota.forNewCase(sg1), is(Optional.of(sam)));
    }

    @Test
    public void forNewCase_shouldGiveItToNobodyUnlessTheOrganisationChoseThat() {
        rota.take("SG-1", "sam");
        settings.save(new AppSettings(Set.of(), false, false, "safeguarding-leads", null, null, false));

        assertThat(rota.forNewCase(sg1).isPresent(), is(false));
    }

    @Test
    public void forNewCase_shouldGiveItToNobodyWhoHasLeftOrNoLongerLeadsTheProject() {
        rota.take("SG-1", "sam");
        when(sam.isActive()).thenReturn(false);
        assertThat(rota.forNewCase(sg1).isPresent(), is(false));

        when(sam.isActive()).thenReturn(true);
        rota = new JiraDutyRota(sal, issues, users, (userKey, issue) -> false, settings, Clock.systemUTC());
        assertThat(rota.forNewCase(sg1).isPresent(), is(false));

        when(users.getUserByKey("sam")).thenReturn(null);
        assertThat(rota.forNewCase(sg1).isPresent(), is(false));
    }
}
