package org.safeguarding.jira.connections;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.RiskLozenge;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.StatusSteps;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.RiskLevel;

/**
 * Connections ({@code /plugins/servlet/safeguarding/connections}): every place, phone, vehicle, name or website on two
 * or more of the cases the user leads, newest first, each with those cases, their risk now and their status (issue
 * 34). A case someone does not lead is never named nor counted, so a lead of one case learns nothing of another
 * lead's. Twenty a page; {@code ?before=N} starts after the connection whose newest recording is number N, so a page
 * never repeats or skips one however many are recorded meanwhile. Each case shown is recorded in its access log.
 */
@Named
public class ConnectionsServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/connections";
    static final String TEMPLATE = "templates/connections/connections.vm";
    static final String VIEWED = "safeguarding.access.detail.connections";
    static final int PAGE = 20;
    /** How many connections are read at a time while filling a page with those this lead may see. */
    static final int BATCH = 50;
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient CaseMarkers markers;
    private final transient CaseLeads leads;
    private final transient Cases cases;
    private final transient SettingsStore settings;
    private final transient AccessRecorder access;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public ConnectionsServlet(UserManager userManager, LoginUriProvider loginUriProvider, CaseMarkers markers,
                              CaseLeads leads, Cases cases, SettingsStore settings, AccessRecorder access,
                              PageTemplates pages, Texts texts, Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.markers = markers;
        this.leads = leads;
        this.cases = cases;
        this.settings = settings;
        this.access = access;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)
                || !LoginRedirect.loggedIn(request, response, userManager, loginUriProvider)) {
            return;
        }
        String asked = request.getParameter("before");
        Optional<Long> before = asked == null ? Optional.of(Long.MAX_VALUE) : CaseMarkers.number(asked);
        if (before.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, texts.text("safeguarding.connections.error.before"));
            return;
        }
        String root = request.getContextPath();
        Organisation organisation = settings.read().organisation();
        LocalDate today = LocalDate.now(clock);
        // One more than a page, to know whether an older page has any this lead may see.
        List<Led> found = led(before.get(), PAGE + 1);
        List<Led> shown = found.subList(0, Math.min(PAGE, found.size()));
        Map<String, Object> page = new HashMap<>();
        page.put("connections", shown.stream().map(one -> shown(one, root, organisation, today)).toList());
        page.put("hasConnections", !shown.isEmpty());
        page.put("firstPage", before.get() == Long.MAX_VALUE);
        page.put("olderUrl", found.size() > PAGE ? root + PATH + "?before=" + shown.get(PAGE - 1).connection()
                .newest() : "");
        page.put("newestUrl", root + PATH);
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.MARKERS, page, response.getWriter());
    }

    /** The first connections older than {@code before} with two or more cases this lead leads, a batch at a time. */
    private List<Led> led(long before, int most) {
        List<Led> found = new ArrayList<>();
        long cursor = before;
        boolean exhausted = false;
        while (found.size() < most && !exhausted) {
            List<CaseMarkers.Connection> batch = markers.connections(cursor, BATCH);
            exhausted = batch.size() < BATCH;
            for (int i = 0; i < batch.size() && found.size() < most; i++) {
                CaseMarkers.Connection connection = batch.get(i);
                cursor = connection.newest();
                List<String> led = connection.cases().stream().filter(leads::leads).toList();
                if (led.size() >= 2) {
                    found.add(new Led(connection, led));
                }
            }
        }
        return found;
    }

    /** A connection with the cases of it this lead leads: two or more. */
    private record Led(CaseMarkers.Connection connection, List<String> cases) {
    }

    /**
     * One connection as the page shows it: what it is and when, as last recorded on a case this lead leads (never
     * another lead's words or day), and the cases led.
     */
    private Map<String, Object> shown(Led led, String root, Organisation organisation, LocalDate today) {
        CaseMarkers.Recorded newest = led.connection().recorded().stream()
                .filter(recorded -> led.cases().contains(recorded.caseKey())).findFirst().orElseThrow();
        List<Map<String, String>> rows = new ArrayList<>();
        for (String key : led.cases()) {
            CaseLookup found = cases.find(key);
            if (found.status() != CaseLookup.Status.FOUND) {
                continue;
            }
            access.viewed(found.key(), VIEWED);
            Optional<CaseProgress> progress = found.progress();
            RiskLevel risk = StatusSteps.levelAt(progress.map(CaseProgress::step),
                    Assessor.assess(found.screening(), organisation, today));
            rows.add(Map.of("key", found.key(), "url", root + MarkersServlet.PATH + found.key(),
                    "risk", texts.text(risk.labelKey()), "riskLozenge", RiskLozenge.of(risk),
                    "status", progress.map(step -> texts.text(step.step().labelKey())).orElse("")));
        }
        return Map.of("id", String.valueOf(newest.id()),
                "kind", texts.text(newest.marker().kind().labelKey()), "value", newest.marker().shown(),
                "intelligenceUrl", root + PoliceIntelligenceServlet.PATH + newest.id(),
                "linkUrl", root + "/rest/safeguarding/1.0/issue/" + newest.caseKey() + "/markers/" + newest.id()
                        + "/link",
                "casesText", String.join(", ", led.cases()),
                "recorded", texts.text("safeguarding.connections.last-recorded",
                        UkDates.day(newest.recordedAt().atZone(clock.getZone()).toLocalDate())),
                "cases", rows);
    }
}
