package org.safeguarding.jira.accesslog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.resolution.Resolution;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.InMemoryAccessLog;
import org.safeguarding.jira.connections.InMemoryCaseMarkers;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;

/** "Who has opened this case": for the case's leads only, the latest entries, names escaped. */
public class AccessLogPanelTest {
    private static final String TEMPLATE = "templates/audit/access-log-panel.vm";

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private Issue issue;

    /** The cases the lead leads: SG-7, the case shown, and SG-8; not SG-9. */
    private static final Set<String> LED = Set.of("SG-7", "SG-8");
    private static final Marker CAR_WASH = new Marker(MarkerKind.PLACE, "Sparkle Car Wash, M1 1AE",
            "sparkle car wash M11AE");

    private final InMemoryAccessLog log = new InMemoryAccessLog();
    private final InMemoryCaseMarkers markers = new InMemoryCaseMarkers();
    private final VelocityTemplates velocity = new VelocityTemplates();
    private boolean lead = true;
    private AccessLogPanelContext panel;

    @Before
    public void setUp() {
        when(issue.getKey()).thenReturn("SG-7");
        panel = new AccessLogPanelContext(key -> lead && LED.contains(key), markers, mode -> "/jira", log,
                userKey -> userKey.equals("amira") ? "Amira <b>Haddad</b>" : userKey, new PropertiesTexts(),
                new UkClock());
    }

    /** A marker shared with cases this lead leads names them; another lead's case is never named nor counted. */
    @Test
    public void panel_shouldNameTheOtherCasesThisLeadLeadsThatShareAMarker() {
        markers.add("SG-7", CAR_WASH, "lead", Instant.EPOCH);
        markers.add("SG-8", CAR_WASH, "lead", Instant.EPOCH);
        markers.add("SG-9", CAR_WASH, "lead", Instant.EPOCH);

        String html = velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", issue))).html();

        assertThat(html, containsString("<p class=\"safeguarding-connected\"><strong>A place, phone or person recorded "
                + "here is also on 1 other case you lead:</strong> <a href=\"/jira/plugins/servlet/safeguarding/markers"
                + "?case=SG-8\">SG-8</a></p>"));
        assertThat(html, not(containsString("SG-9")));
    }

    @Test
    public void panel_shouldSayNothingOfConnectionsWhenNoOtherCaseThisLeadLeadsSharesAMarker() {
        markers.add("SG-7", CAR_WASH, "lead", Instant.EPOCH);
        markers.add("SG-9", CAR_WASH, "lead", Instant.EPOCH);

        String html = velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", issue))).html();

        assertThat(html, not(containsString("safeguarding-connected")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.markers.link")));
    }

    @Test
    public void condition_shouldShowThePanelToTheCasesLeadsOnly() {
        CaseLeadCondition condition = new CaseLeadCondition(key -> lead && LED.contains(key),
                new SelfCheck(new UkClock()));

        assertThat(condition.shouldDisplay(Map.of("issue", issue)), is(true));
        lead = false;
        assertThat(condition.shouldDisplay(Map.of("issue", issue)), is(false));
        assertThat(condition.shouldDisplay(Map.of()), is(false));
    }

    @Test
    public void panel_shouldListTheLatestEntriesNewestFirstWithNamesEscaped() {
        log.append(new CaseAccess("SG-7", "amira", Instant.parse("2026-11-29T09:00:00Z"), AccessKind.VIEWED,
                "safeguarding.access.detail.case"));
        log.append(new CaseAccess("SG-7", "ben", Instant.parse("2026-11-29T10:30:00Z"), AccessKind.EXPORTED,
                "safeguarding.access.detail.missing-summary"));
        log.append(new CaseAccess("SG-8", "carl", Instant.parse("2026-11-29T11:00:00Z"), AccessKind.VIEWED, null));
        log.append(new CaseAccess("SG-7", "ben", Instant.parse("2026-11-29T11:30:00Z"), AccessKind.TRANSITIONED,
                "Refer"));

        String html = velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", issue))).html();

        assertThat(html, containsString("<td>ben</td>"));
        assertThat(html, containsString("<td>29 Nov 2026, 10:30:00</td>"));
        assertThat(html, containsString("<td>Printed or exported: The missing-person summary for police</td>"));
        assertThat(html.indexOf("<td>ben") < html.indexOf("Amira"), is(true));
        assertThat(html, containsString("<td>Amira &lt;b&gt;Haddad&lt;/b&gt;</td>"));
        assertThat(html, containsString("<td>Workflow step: Refer</td>"));
        assertThat(html, containsString("<a href=\"/jira/plugins/servlet/safeguarding/subject-access?case=SG-7\""));
        assertThat(html, not(containsString("carl")));
    }

    @Test
    public void panel_shouldShowNothingToSomeoneWhoIsNotALeadEvenIfTheConditionWasSkipped() {
        log.append(new CaseAccess("SG-7", "amira", Instant.parse("2026-11-29T09:00:00Z"), AccessKind.VIEWED, null));
        lead = false;

        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue));

        assertThat(context.get("visible"), is(false));
        assertThat(context.get("entries"), is(List.of()));
        assertThat(velocity.render(TEMPLATE, context).html().trim(), is(""));
    }

    @Test
    public void panel_shouldSaySoWhenNobodyHasOpenedTheCase() {
        String html = velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", issue))).html();

        assertThat(html, containsString(VelocityTemplates.text("safeguarding.access.panel.none")));
        assertThat(html, not(containsString("<table")));
    }

    /** Only what applies (issue 29): the NRM draft while the case is open, anonymising once it is closed. */
    @Test
    public void panel_shouldOfferTheNrmDraftOnAnOpenCaseAndAnonymisingOnlyOnAClosedOne() {
        String open = velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", issue))).html();
        when(issue.getResolution()).thenReturn(mock(Resolution.class));
        String closed = velocity.render(TEMPLATE, panel.getContextMap(Map.of("issue", issue))).html();

        assertThat(open, containsString("nrm-draft?case=SG-7"));
        assertThat(open, not(containsString("anonymise?case=SG-7")));
        assertThat(closed, containsString("anonymise?case=SG-7"));
        assertThat(closed, not(containsString("nrm-draft?case=SG-7")));
        assertThat(closed, containsString("agency-log?case=SG-7"));
    }
}
