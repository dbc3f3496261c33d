package org.safeguarding.jira.connections;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.servlet.http.HttpServletResponse;
import org.junit.Before;
import org.junit.Test;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PageFixture;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.screening.Nation;

/** What the police need, rendered by real Velocity: the lead leads SG-1 and SG-2, not SG-9. */
public class PoliceIntelligenceServletTest {
    private static final Instant FIRST = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant LAST = Instant.parse("2026-12-01T09:00:00Z");
    private static final Set<String> LED = Set.of("SG-1", "SG-2");
    private static final String KEY = "sparkle car wash M11AE";

    private final PageFixture page = new PageFixture("lead");
    private final InMemoryCaseMarkers markers = new InMemoryCaseMarkers();
    private PoliceIntelligenceServlet servlet;

    @Before
    public void setUp() throws Exception {
        Clock clock = Clock.fixed(LAST, ZoneId.of("Europe/London"));
        servlet = new PoliceIntelligenceServlet(page.userManager, page.loginUriProvider, markers, LED::contains,
                new InMemorySettings(new AppSettings(Set.of(Nation.ENGLAND), false, false, null, null, null, false,
                        null, null, "Hope House", "0113 496 0000")),
                page.recorder(clock), page.pages(), page.texts, clock);
        markers.add("SG-1", new Marker(MarkerKind.PLACE, "Sparkle Car Wash, M1 1AE", KEY), "lead", FIRST);
        markers.add("SG-9", new Marker(MarkerKind.PLACE, "Sparkle (boss: Vlad)", KEY), "other-lead", FIRST);
        markers.add("SG-2", new Marker(MarkerKind.PLACE, "sparkle car wash m11ae", KEY), "lead", LAST);
    }

    /**
     * The marker as last recorded on a led case, on how many of them, first and last recorded, whom to call back; the
     * printed part names no case; the cases' sharing logs are offered on screen; each case's log records it.
     */
    @Test
    public void intelligence_shouldGiveThePoliceTheMarkerHowManyCasesAndWhenWithoutNamingAnyone() throws Exception {
        when(page.request.getParameter("marker")).thenReturn("1");

        String html = render();
        String printed = html.substring(0, html.indexOf("<section class=\"safeguarding-no-print\""));

        assertThat(printed, containsString("<dt>Workplace or address</dt>\n        <dd><bdi>sparkle car wash m11ae</bdi>"));
        assertThat(printed, containsString("<dd>On 2 of our safeguarding cases</dd>"));
        assertThat(printed, containsString("<dd>20 Nov 2026</dd>"));
        assertThat(printed, containsString("<dd>1 Dec 2026</dd>"));
        assertThat(printed, containsString("Hope House</span>, <span class=\"safeguarding-phone\" dir=\"ltr\">"
                + "0113 496 0000</span>"));
        assertThat(printed, not(containsString("SG-")));
        assertThat(html, not(containsString("Vlad")));
        assertThat(html, not(containsString("SG-9")));
        assertThat(html, containsString("<a href=\"/jira/plugins/servlet/safeguarding/agency-log?case=SG-2\">"
                + "Sharing log of SG-2</a>"));
        for (String key : List.of("SG-1", "SG-2")) {
            assertThat(page.access.latest(key, 1).get(0).kind(), is(AccessKind.EXPORTED));
            assertThat(page.access.latest(key, 1).get(0).detail(), is(PoliceIntelligenceServlet.PRODUCED));
        }
        assertThat(page.access.latest("SG-9", 1).isEmpty(), is(true));
    }

    /** A marker on another lead's case, or none: the same 404, and nothing recorded. */
    @Test
    public void intelligence_shouldBeNotFoundForAMarkerOnACaseTheUserDoesNotLead() throws Exception {
        for (String marker : List.of("2", "99")) {
            when(page.request.getParameter("marker")).thenReturn(marker);

            servlet.doGet(page.request, page.response);

            verify(page.response).sendError(HttpServletResponse.SC_NOT_FOUND,
                    VelocityTemplates.text("safeguarding.intelligence.error.not-found"));
            clearInvocations(page.response);
        }
        verifyNoInteractions(page.renderer);
        assertThat(page.access.latest("SG-9", 1).isEmpty(), is(true));
        assertThat(page.access.latest("SG-1", 1).isEmpty(), is(true));
    }

    @Test
    public void intelligence_shouldRefuseAMarkerThatIsNotANumberInWords() throws Exception {
        for (String marker : List.of("", "-1", "one", "12345678901234567890")) {
            when(page.request.getParameter("marker")).thenReturn(marker);

            servlet.doGet(page.request, page.response);

            verify(page.response).sendError(HttpServletResponse.SC_BAD_REQUEST,
                    VelocityTemplates.text("safeguarding.intelligence.error.marker"));
            clearInvocations(page.response);
        }
        verifyNoInteractions(page.renderer);
    }

    private String render() throws Exception {
        servlet.doGet(page.request, page.response);
        page.pageBuilder.drain();
        return page.html(PoliceIntelligenceServlet.TEMPLATE);
    }

}
