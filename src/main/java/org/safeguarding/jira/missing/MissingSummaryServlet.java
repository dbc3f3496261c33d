package org.safeguarding.jira.missing;

import java.io.IOException;
import java.time.Clock;
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
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;

/**
 * The printable missing-person summary for police ({@code /plugins/servlet/safeguarding/missing-summary?case=SG-1}):
 * the case's description fields on one page with a print stylesheet. Read-only; {@link CasePage} makes the checks.
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
    private final transient Clock clock;

    @Inject
    public MissingSummaryServlet(CasePages casePages, AccessRecorder access, Texts texts, PageTemplates pages,
                                 Clock clock) {
        this.casePages = casePages;
        this.access = access;
        this.texts = texts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CasePage.Opened> opened = casePages.open(this, request, response);
        if (opened.isPresent()) {
            access.exported(opened.get().key(), "safeguarding.access.detail.missing-summary");
            pages.render(TEMPLATE, PageResource.PRINT, Map.of(
                    "caseKey", opened.get().key(),
                    "produced", UkDates.dayAndTime(LocalDateTime.now(clock)),
                    "rows", PoliceSummary.rows(opened.get().screening().policeDescription(), texts)),
                    response.getWriter());
        }
    }
}
