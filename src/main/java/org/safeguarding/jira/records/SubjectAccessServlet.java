package org.safeguarding.jira.records;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.LeadCasePage;
import org.safeguarding.jira.cases.LeadPages;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.jira.sharing.AgencyLog;
import org.safeguarding.jira.sharing.AgencyLogEntries;

/**
 * The printable subject-access export of one case ({@code /plugins/servlet/safeguarding/subject-access?case=SG-1}),
 * for its safeguarding leads: everything recorded on it (summary, description, fields, the risk level the app
 * assessed from them and why, comments, the agency and sharing log), in words, with a reminder to remove other people's information before sending it. Someone who may see the case but does not lead it gets 403; anyone else 404, so
 * the answer never reveals whether a case exists. Every export is recorded in the case's access log.
 */
@Named
public class SubjectAccessServlet extends LeadCasePage {
    public static final String PATH = "/plugins/servlet/safeguarding/subject-access?case=";
    static final String TEMPLATE = "templates/audit/subject-access.vm";
    static final String EXPORTED = "safeguarding.access.detail.subject-access";
    private static final long serialVersionUID = 1L;

    private final transient AgencyLog agencyLog;
    private final transient UserNames names;
    private final transient OrganisationSettings settings;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public SubjectAccessServlet(LeadPages leadPages, AgencyLog agencyLog, UserNames names, PageTemplates pages,
                                OrganisationSettings settings, Texts texts, Clock clock) {
        super(leadPages, pages, Opening.EXPORT, EXPORTED);
        this.agencyLog = agencyLog;
        this.names = names;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void show(CaseRecord found, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<Map<String, Object>> shares = AgencyLogEntries.shown(agencyLog.forCase(found.key()), names, texts);
        List<Map<String, String>> comments = found.notes().stream().map(note -> Map.of("author",
                Objects.toString(note.author(), ""), "written", UkDates.dayAndTime(note.written()),
                "text", Objects.toString(note.text(), ""))).toList();
        AssessedRisk risk = AssessedRisk.of(found, settings.organisation(), LocalDate.now(clock), texts);
        pages.render(TEMPLATE, PageResource.PRINT, Map.ofEntries(Map.entry("caseKey", found.key()),
                Map.entry("risk", risk.level()), Map.entry("riskReasons", risk.reasons()),
                Map.entry("hasRiskReasons", !risk.reasons().isEmpty()),
                Map.entry("summary", Objects.toString(found.summary(), "")),
                Map.entry("description", Objects.toString(found.description(), "")),
                Map.entry("produced", UkDates.dayAndTime(LocalDateTime.now(clock))),
                Map.entry("rows", found.rows(texts).stream().map(row -> Map.of("tab", row.tab(), "field", row.field(),
                        "value", row.value())).toList()),
                Map.entry("comments", comments), Map.entry("hasComments", !comments.isEmpty()),
                Map.entry("shares", shares), Map.entry("hasShares", !shares.isEmpty())), response.getWriter());
    }
}
