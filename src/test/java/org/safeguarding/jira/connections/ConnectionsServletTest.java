package org.safeguarding.jira.connections;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageFixture;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Screening;

/**
 * Connections rendered by real Velocity: the lead leads SG-1 to SG-4 (SG-3 referred, SG-1 a child), not SG-9; every
 * SG case is one Jira finds.
 */
public class ConnectionsServletTest {
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Set<String> LED = Set.of("SG-1", "SG-2", "SG-3", "SG-4");
    private static final Marker CAR_WASH = new Marker(MarkerKind.PLACE, "Sparkle Car Wash, M1 1AE",
            "sparkle car wash M11AE");

    private final PageFixture page = new PageFixture("lead");
    private final InMemoryCaseMarkers markers = new InMemoryCaseMarkers();
    private ConnectionsServlet servlet;

    @Before
    public void setUp() throws Exception {
        Clock clock = Clock.fixed(NINE, ZoneId.of("Europe/London"));
        servlet = new ConnectionsServlet(page.userManager, page.loginUriProvider, markers, LED::contains, key ->
                key.startsWith("SG-") ? CaseLookup.found(key, key.equals("SG-1")
                        ? Screening.builder().ageGroup(AgeGroup.UNDER_18).build() : Screening.builder().build(),
                        key.equals("SG-3") ? Optional.of(new CaseProgress(ReferralStep.REFERRED,
                                CaseProgress.Dates.NONE)) : Optional.empty()) : CaseLookup.notVisible(),
                new InMemorySettings(AppSettings.DEFAULTS), page.recorder(clock),
                page.pages(), page.texts, clock);
    }

    /** Three guests work at the same car wash: one connection, its three cases with their risk and status in words. */
    @Test
    public void connections_shouldListAMarkerOnSeveralLedCasesWithTheirRiskAndStatus() throws Exception {
        markers.add("SG-1", CAR_WASH, "lead", NINE);
        markers.add("SG-2", CAR_WASH, "lead", NINE);
        markers.add("SG-3", new Marker(MarkerKind.PLACE, "sparkle car wash m11ae", CAR_WASH.key()), "lead", NINE);
        markers.add("SG-4", new Marker(MarkerKind.PHONE, "07700 900123", "+447700900123"), "lead", NINE);

        String html = render();

        assertThat(html, containsString("<h2 id=\"safeguarding-connection-3-title\">Workplace or address: "
                + "<bdi>sparkle car wash m11ae</bdi></h2>"));
        assertThat(html, containsString("<th scope=\"row\"><a href=\"/jira/plugins/servlet/safeguarding/markers"
                + "?case=SG-3\">SG-3</a></th>"));
        assertThat(html, containsString(">Referred</td>"));
        assertThat(html, containsString("<a href=\"/jira/plugins/servlet/safeguarding/police-intelligence?marker=3\">"
                + "Prepare for the police</a>"));
        assertThat(html, not(containsString("07700 900123")));
        assertThat(page.access.latest("SG-2", 1).get(0).detail(), is(ConnectionsServlet.VIEWED));
        assertThat(page.access.latest("SG-4", 1), is(empty()));
    }

    /** Recorded last on another lead's case, in their words: the page gives the words and day of this lead's cases. */
    @Test
    public void connections_shouldShowTheWordsAndDayRecordedOnCasesThisLeadLeadsOnly() throws Exception {
        markers.add("SG-1", CAR_WASH, "lead", NINE);
        markers.add("SG-2", new Marker(MarkerKind.PLACE, "sparkle car wash m11ae", CAR_WASH.key()), "lead", NINE);
        markers.add("SG-9", new Marker(MarkerKind.PLACE, "Sparkle, boss Vlad, M1 1AE", CAR_WASH.key()), "other-lead",
                NINE.plusSeconds(86_400 * 3));

        String html = render();

        assertThat(html, containsString("<bdi>sparkle car wash m11ae</bdi>"));
        assertThat(html, containsString("Last recorded on 1 Dec 2026"));
        assertThat(html, not(containsString("Vlad")));
        assertThat(html, not(containsString("4 Dec 2026")));
        assertThat(html, containsString("police-intelligence?marker=2\""));
    }

    /** A marker on one led case and another lead's case is no connection to this lead, and SG-9 is never named. */
    @Test
    public void connections_shouldNeverNameNorCountACaseTheUserDoesNotLead() throws Exception {
        markers.add("SG-1", CAR_WASH, "lead", NINE);
        markers.add("SG-9", CAR_WASH, "other-lead", NINE);

        String html = render();

        assertThat(html, not(containsString("SG-9")));
        assertThat(html, not(containsString("Sparkle")));
        assertThat(html, containsString(VelocityTemplates.text("safeguarding.connections.none")));
        assertThat(page.access.latest("SG-9", 1), is(empty()));
    }

    /**
     * Twenty a page, newest first; the next starts after the last shown and holds the rest; another lead's
     * connections between them neither fill a page nor make an older page appear.
     */
    @Test
    public void connections_shouldPageTwentyAtATimeFromTheNewest() throws Exception {
        for (int i = 1; i <= 21; i++) {
            Marker boss = new Marker(MarkerKind.NAME, "Boss " + i, "boss " + i);
            markers.add("SG-1", boss, "lead", NINE);
            markers.add("SG-2", boss, "lead", NINE);
            Marker theirs = new Marker(MarkerKind.NAME, "Other " + i, "other " + i);
            markers.add("SG-9", theirs, "other-lead", NINE);
            markers.add("SG-1", theirs, "lead", NINE);
        }

        String first = render();
        assertThat(first, containsString("Boss 21"));
        assertThat(first, containsString("Boss 2<"));
        assertThat(first, not(containsString("Boss 1<")));
        assertThat(first, containsString("href=\"/jira/plugins/servlet/safeguarding/connections?before=6\""));

        when(page.request.getParameter("before")).thenReturn("6");
        String last = render();
        assertThat(last, containsString("Boss 1<"));
        assertThat(last, not(containsString("Boss 2<")));
        assertThat(last, not(containsString("safeguarding-connections-older")));
        assertThat(last, containsString(VelocityTemplates.text("safeguarding.connections.newest")));
    }

    @Test
    public void connections_shouldRefuseAStartThatIsNotANumberInWords() throws Exception {
        for (String before : List.of("", "-1", "abc", "9999999999999999999", "6 ")) {
            when(page.request.getParameter("before")).thenReturn(before);

            servlet.doGet(page.request, page.response);

            verify(page.response).sendError(HttpServletResponse.SC_BAD_REQUEST,
                    VelocityTemplates.text("safeguarding.connections.error.before"));
            clearInvocations(page.response);
        }
        verifyNoInteractions(page.renderer);
    }

    @Test
    public void connections_shouldAskSomeoneNotLoggedInToLogIn() throws Exception {
        when(page.userManager.getRemoteUserKey(page.request)).thenReturn(null);
        when(page.loginUriProvider.getLoginUri(any())).thenReturn(URI.create("/jira/login.jsp"));
        when(page.request.getRequestURL()).thenReturn(new StringBuffer("http://jira/plugins/servlet/safeguarding/"
                + "connections"));

        servlet.doGet(page.request, page.response);

        verify(page.response).sendRedirect("/jira/login.jsp");
        verifyNoInteractions(page.renderer);
    }

    private String render() throws Exception {
        clearInvocations(page.renderer);
        servlet.doGet(page.request, page.response);
        page.pageBuilder.drain();
        return page.html(ConnectionsServlet.TEMPLATE);
    }

}
