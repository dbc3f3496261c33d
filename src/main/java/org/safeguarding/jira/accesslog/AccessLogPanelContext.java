package org.safeguarding.jira.accesslog;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.PanelIssue;
import org.safeguarding.jira.chronology.ChronologyServlet;
import org.safeguarding.jira.connections.CaseMarkers;
import org.safeguarding.jira.connections.MarkersServlet;
import org.safeguarding.jira.nrm.NrmDraftServlet;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.records.AnonymiseServlet;
import org.safeguarding.jira.records.SubjectAccessServlet;
import org.safeguarding.jira.sharing.AgencyLogServlet;
import org.safeguarding.referral.CaseAccess;

/**
 * "Who has opened this case", for its safeguarding leads: the latest entries of the case's access log, newest first,
 * each with who, when (the server's time zone) and what; the lead's tools for the case; and the other cases this lead
 * leads that share a marker with it. The lead check runs here too, not only in the condition.
 */
@Named
public class AccessLogPanelContext implements ContextProvider {
    static final int SHOWN = 20;

    private final CaseLeads leads;
    private final CaseMarkers markers;
    private final ApplicationProperties application;
    private final AccessLog log;
    private final UserNames names;
    private final Texts texts;
    private final ZoneId zone;

    @Inject
    public AccessLogPanelContext(CaseLeads leads, CaseMarkers markers, ApplicationProperties application,
                                 AccessLog log, UserNames names, Texts texts, Clock clock) {
        this.leads = leads;
        this.markers = markers;
        this.application = application;
        this.log = log;
        this.names = names;
        this.texts = texts;
        this.zone = clock.getZone();
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> panel = new HashMap<>(context);
        String key = PanelIssue.key(context).filter(leads::leads).orElse(null);
        panel.put("visible", key != null);
        panel.put("shown", SHOWN);
        List<Map<String, Object>> entries = key == null ? List.of()
                : log.latest(key, SHOWN).stream().map(this::entry).toList();
        panel.put("entries", entries);
        panel.put("hasEntries", !entries.isEmpty());
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        panel.put("exportUrl", key == null ? "" : base + SubjectAccessServlet.PATH + key);
        panel.put("sharingUrl", key == null ? "" : base + AgencyLogServlet.PATH + key);
        panel.put("markersUrl", key == null ? "" : base + MarkersServlet.PATH + key);
        // Only cases this lead leads: another lead's case is never named, nor counted.
        List<String> connected = key == null ? List.of() : markers.connectedCasesLed(key, leads);
        panel.put("connectedText", connected.isEmpty() ? "" : texts.text("safeguarding.markers.panel.connected",
                connected.size()));
        panel.put("connected", connected.stream().map(other -> Map.of("key", other,
                "url", base + MarkersServlet.PATH + other)).toList());
        panel.put("chronologyUrl", key == null ? "" : base + ChronologyServlet.PATH + key);
        // A closed case offers what closing leaves to do, anonymising; an open one what may still come, the NRM draft.
        boolean closed = PanelIssue.closed(context);
        panel.put("nrmDraftUrl", key == null || closed ? "" : base + NrmDraftServlet.PATH + key);
        panel.put("anonymiseUrl", key == null || !closed ? "" : base + AnonymiseServlet.PATH + key);
        return panel;
    }

    private Map<String, Object> entry(CaseAccess access) {
        return Map.of("who", names.displayName(access.userKey()),
                "when", UkDates.dayAndTime(access.at().atZone(zone).toLocalDateTime()),
                "what", texts.text(access.kind().labelKey()),
                "detail", AccessTexts.detail(access, texts));
    }
}
