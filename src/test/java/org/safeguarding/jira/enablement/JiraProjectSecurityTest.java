package org.safeguarding.jira.enablement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.Scheme;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.enablement.ProjectSchemes.Security;
import org.safeguarding.jira.enablement.ProjectSchemes.SecurityKind;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.referral.AppSettings;

public class JiraProjectSecurityTest {
    private static final SetupIds IDS = SetupIds.none().withSecurityScheme(30L).withSecurityLevel(40L);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private IssueSecuritySchemeManager schemes;
    @Mock
    private IssueSecurityLevelManager levels;
    @Mock
    private Project help;

    private final InMemorySettings settings = new InMemorySettings(AppSettings.DEFAULTS);
    private JiraProjectSecurity security;

    @Before
    public void setUp() {
        when(help.getId()).thenReturn(1L);
        security = new JiraProjectSecurity(schemes, levels, settings, new PropertiesTexts());
    }

    @Test
    public void read_shouldSayAProjectHasNoIssueSecurityAndWhetherLeadsAreNamed() {
        assertThat(security.read(help, IDS), is(new Security(SecurityKind.NONE, "Safeguarding confidential", false,
                0)));

        settings.save(new AppSettings(Set.of(), false, false, null, "Safeguarding lead", null));

        assertThat(security.read(help, IDS).leadsNamed(), is(true));
    }

    @Test
    public void read_shouldCountTheIssuesAtTheConfidentialLevelOfTheAppsScheme() {
        when(schemes.getSchemeFor(help)).thenReturn(new Scheme(30L, "IssueSecurityScheme",
                "Safeguarding confidential", "", List.of()));
        when(levels.getIssueCount(40L, 1L)).thenReturn(3L);

        assertThat(security.read(help, IDS), is(new Security(SecurityKind.APP, "Safeguarding confidential", false,
                3)));
    }

    @Test
    public void read_shouldNameAProjectsOwnScheme() {
        when(schemes.getSchemeFor(help)).thenReturn(new Scheme(31L, "IssueSecurityScheme", "HR only", "",
                List.of()));

        assertThat(security.read(help, IDS), is(new Security(SecurityKind.OTHER, "HR only", false, 0)));
        assertThat(security.kind(help, IDS), is(SecurityKind.OTHER));
    }
}
