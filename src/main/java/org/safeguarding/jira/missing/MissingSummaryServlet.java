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
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.screening.Screening;

/**
 * The printable missing-person summary for police ({@code /plugins/servlet/safeguarding/missing-summary?case=SG-1}):
 * a CHILD flag at the top for a child or someone who may be one, what the case knows of the person (age, nation, its
 * status, how serious and why), then the description, on one page with a print stylesheet, with when it was produced
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
    private final transient OrganisationSettings settings;
    private final transient Clock clock;

    @Inject
    public MissingSummaryServlet(CasePages casePages, AccessRecorder access, Texts texts, PageTemplates pages,
                                 OrganisationSettings settings, Clock clock) {
        this.casePages = casePages;
        this.access = access;
        this.texts = texts;
        this.pages = pages;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CasePage.Opened> opened = casePages.open(this, request, response);
        if (opened.isPresent()) {
            access.exported(opened.get().key(), "safeguarding.access.detail.missing-summary");
            Screening screening = opened.get().screening();
            LocalDate today = LocalDate.now(clock);
            pages.render(TEMPLATE, PageResource.PRINT, Map.of(
                    "caseKey", opened.get().key(),
                    "produced", texts.text("safeguarding.missing-summary.produced-at",
                            UkDates.dayAndTime(LocalDateTime.now(clock)), clock.getZone().getId()),
                    "child", screening.treatedAsChild(today),
                    "about", PoliceSummary.about(screening, opened.get().progress().map(CaseProgress::step),
                            settings.organisation(), today, texts),
                    "rows", PoliceSummary.description(screening, texts)),
                    response.getWriter());
        }
    }
}
