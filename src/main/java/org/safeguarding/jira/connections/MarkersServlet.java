package org.safeguarding.jira.connections;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.LeadCasePage;
import org.safeguarding.jira.cases.LeadPages;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.referral.MarkerKind;

/**
 * A case's markers ({@code /plugins/servlet/safeguarding/markers?case=SG-1}), for its safeguarding leads: the places,
 * phones, vehicles, names and websites recorded as possibly tying the case to others, each with the other cases it is
 * also on that this lead leads, and the form that records one (sent as JSON to {@link MarkerResource}, which checks
 * everything again). Why they are kept is said on the page; opening it is recorded in the case's access log.
 */
@Named
public class MarkersServlet extends LeadCasePage {
    public static final String PATH = "/plugins/servlet/safeguarding/markers?case=";
    static final String TEMPLATE = "templates/connections/markers.vm";
    private static final long serialVersionUID = 1L;

    private final transient CaseMarkers markers;
    private final transient CaseLeads leads;
    private final transient UserNames names;
    private final transient Texts texts;
    private final transient ZoneId zone;

    @Inject
    public MarkersServlet(LeadPages leadPages, CaseMarkers markers, CaseLeads leads, UserNames names,
                          PageTemplates pages, Texts texts, Clock clock) {
        super(leadPages, pages, Opening.VIEW, MarkerResource.VIEWED);
        this.markers = markers;
        this.leads = leads;
        this.names = names;
        this.texts = texts;
        this.zone = clock.getZone();
    }

    @Override
    protected void show(CaseRecord found, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String caseKey = found.key();
        String root = request.getContextPath();
        List<CaseMarkers.Recorded> recorded = markers.forCase(caseKey);
        Map<String, Object> page = new HashMap<>();
        page.put("caseKey", caseKey);
        page.put("caseUrl", root + "/browse/" + caseKey);
        page.put("apiUrl", root + "/rest/safeguarding/1.0/issue/" + caseKey + "/markers");
        page.put("pageUrl", root + PATH + caseKey);
        page.put("connectionsUrl", root + ConnectionsServlet.PATH);
        page.put("markers", recorded.stream().map(marker -> shown(marker, root)).toList());
        page.put("hasMarkers", !recorded.isEmpty());
        page.put("recorded", justRecorded(request, recorded.stream().map(CaseMarkers.Recorded::id).toList()));
        // Only a message, with nothing of the marker in the address: the page the lead's browser opens once it is gone.
        page.put("removed", "1".equals(request.getParameter("removed")));
        page.put("kinds", Arrays.stream(MarkerKind.values()).map(kind -> Map.of("id", kind.id(),
                "label", texts.text(kind.labelKey()))).toList());
        pages.render(TEMPLATE, PageResource.MARKERS, page, response.getWriter());
    }

    /** One marker as the page shows it, with links to the other cases it is on that this lead leads. */
    private Map<String, Object> shown(CaseMarkers.Recorded recorded, String root) {
        List<Map<String, String>> alsoOn = markers.alsoOn(recorded, leads).stream()
                .map(other -> Map.of("key", other, "url", root + PATH + other)).toList();
        return Map.of("id", String.valueOf(recorded.id()), "kind", texts.text(recorded.marker().kind().labelKey()),
                "value", recorded.marker().shown(),
                "recorded", texts.text("safeguarding.markers.recorded-by", names.displayName(recorded.recordedBy()),
                        UkDates.day(recorded.recordedAt().atZone(zone).toLocalDate())),
                "alsoOn", alsoOn, "connected", !alsoOn.isEmpty(),
                "alsoOnText", alsoOn.isEmpty() ? texts.text("safeguarding.markers.on-no-other")
                        : texts.text("safeguarding.markers.also-on", alsoOn.size()));
    }
}
