package org.safeguarding.jira.missing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.AccessRecorder;
import org.safeguarding.jira.cases.CasePage;
import org.safeguarding.jira.cases.CasePages;
import org.safeguarding.jira.leads.DutyRota;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.sharing.AgencyLog;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.screening.Screening;

/**
 * The printable missing-person summary for police ({@code /plugins/servlet/safeguarding/missing-summary?case=SG-1}):
 * a CHILD flag at the top for a child or someone who may be one, what the case knows of the person (age, nation, its
 * status, how serious and why), the description, the referrals and references police can quote, and whom to call back
 * (the organisation's number and the lead on duty), on one page with a print stylesheet, with when it was produced
 * and in which time zone. Read-only; {@link CasePage} makes the checks.
 */
@Named
public class MissingSummaryServlet extends HttpServlet {
    /** Where the page is, relative to Jira's base URL. */
    public static final String PATH = "/plugins/servlet/safeguarding/missing-summary?case=";
    static final String TEMPLATE = "templates/missing/summary.vm";
    private static final long serialVersionUID = 1L;

    private final transient CasePages casePages;
    private final transient AccessRecorder access;
    private final transient Texts texts;
    private final transient PageTemplates pages;
    private final transient SettingsStore settings;
    private final transient AgencyLog agencyLog;
    private final transient DutyRota duty;
    private final transient Clock clock;

    @Inject
    public MissingSummaryServlet(CasePages casePages, AccessRecorder access, Texts texts, PageTemplates pages,
                                 SettingsStore settings, AgencyLog agencyLog, DutyRota duty, Clock clock) {
        this.casePages = casePages;
        this.access = access;
        this.texts = texts;
        this.pages = pages;
        this.settings = settings;
        this.agencyLog = agencyLog;
        this.duty = duty;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CasePage.Opened> opened = casePages.open(this, request, response);
        if (opened.isPresent()) {
            access.exported(opened.get().key(), "safeguarding.access.detail.missing-summary");
            String key = opened.get().key();
            Screening screening = opened.get().screening();
            LocalDate today = LocalDate.now(clock);
            AppSettings current = settings.read();
            pages.render(TEMPLATE, PageResource.PRINT, Map.of(
                    "caseKey", key,
                    "produced", texts.text("safeguarding.missing-summary.produced-at",
                            UkDates.dayAndTime(LocalDateTime.now(clock)), clock.getZone().getId()),
                    "child", screening.treatedAsChild(today),
                    "about", PoliceSummary.about(screening, opened.get().progress().map(CaseProgress::step),
                            current.organisation(), today, texts),
                    "rows", PoliceSummary.description(screening, texts),
                    "references", PoliceSummary.references(opened.get().referral(), agencyLog.forCase(key), texts),
                    "callBack", PoliceSummary.callBack(current, duty.forCase(key), texts)),
                    response.getWriter());
        }
    }
}
