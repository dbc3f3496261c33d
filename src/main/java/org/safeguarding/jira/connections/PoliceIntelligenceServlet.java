package org.safeguarding.jira.connections;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.sharing.AgencyLogServlet;
import org.safeguarding.referral.AppSettings;

/**
 * What the police need for an intelligence report about a place, phone, vehicle, name or website on the cases a lead
 * leads ({@code /plugins/servlet/safeguarding/police-intelligence?marker=N}), on one printable page: what it is, on how
 * many of the organisation's cases, when it was first and last recorded, and whom to call back; no one's name, no case
 * (issue 34). Beside it, not printed, the cases it is on, each with its sharing log to record the share and its
 * lawful basis. Only the cases this lead leads are counted or shown; a marker on a case they do not lead is 404, as
 * one that does not exist. Producing it is recorded in each case's access log.
 */
@Named
public class PoliceIntelligenceServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/police-intelligence?marker=";
    static final String TEMPLATE = "templates/connections/police-intelligence.vm";
    static final String PRODUCED = "safeguarding.access.detail.police-intelligence";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient CaseMarkers markers;
    private final transient CaseLeads leads;
    private final transient SettingsStore settings;
    private final transient AccessRecorder access;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public PoliceIntelligenceServlet(UserManager userManager, LoginUriProvider loginUriProvider, CaseMarkers markers,
                                     CaseLeads leads, SettingsStore settings, AccessRecorder access,
                                     PageTemplates pages, Texts texts, Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.markers = markers;
        this.leads = leads;
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
        Optional<Long> asked = CaseMarkers.number(request.getParameter("marker"));
        if (asked.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    texts.text("safeguarding.intelligence.error.marker"));
            return;
        }
        long id = asked.get();
        List<CaseMarkers.Recorded> led = CaseMarkers.onCasesLed(markers.sameAs(id), leads);
        if (led.stream().noneMatch(recorded -> recorded.id() == id)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    texts.text("safeguarding.intelligence.error.not-found"));
            return;
        }
        List<String> cases = led.stream().map(CaseMarkers.Recorded::caseKey).distinct().sorted().toList();
        cases.forEach(key -> access.exported(key, PRODUCED));
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.PRINT, page(led, cases, request.getContextPath()), response.getWriter());
    }

    private Map<String, Object> page(List<CaseMarkers.Recorded> led, List<String> cases, String root) {
        CaseMarkers.Recorded newest = led.get(0);
        AppSettings named = settings.read();
        Map<String, Object> page = new HashMap<>();
        page.put("kind", texts.text(newest.marker().kind().labelKey()));
        page.put("value", newest.marker().shown());
        page.put("howMany", texts.text("safeguarding.intelligence.how-many", cases.size()));
        page.put("first", UkDates.day(day(led.get(led.size() - 1))));
        page.put("last", UkDates.day(day(newest)));
        page.put("organisationName", named.reachable() ? named.organisationName() : "");
        page.put("organisationNumber", named.reachable() ? named.callBackNumber() : "");
        page.put("produced", UkDates.dayAndTime(LocalDateTime.now(clock)));
        page.put("cases", cases.stream().map(key -> Map.of("key", key, "sharingUrl", root + AgencyLogServlet.PATH
                + key)).toList());
        return page;
    }

    private LocalDate day(CaseMarkers.Recorded recorded) {
        return recorded.recordedAt().atZone(clock.getZone()).toLocalDate();
    }
}
