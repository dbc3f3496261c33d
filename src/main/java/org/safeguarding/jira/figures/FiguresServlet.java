package org.safeguarding.jira.figures;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.Figures;

/**
 * Figures for trustees and commissioners ({@code /plugins/servlet/safeguarding/figures}, and {@code ?format=csv} for a
 * spreadsheet): cases raised each quarter by exploitation type, route, nation, age group and outcome, with small
 * numbers suppressed. For Jira administrators and the members of the safeguarding leads' group named in the settings;
 * the cases counted are those Jira lets the user see. No case's key or words appear in it.
 */
@Named
public class FiguresServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/figures";
    static final String TEMPLATE = "templates/figures/figures.vm";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient FiguresReaders readers;
    private final transient CaseFigures figures;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public FiguresServlet(UserManager userManager, LoginUriProvider loginUriProvider, FiguresReaders readers,
                          CaseFigures figures, PageTemplates pages, Texts texts, Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.readers = readers;
        this.figures = figures;
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
        if (!readers.mayRead(userManager.getRemoteUserKey(request))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, texts.text("safeguarding.error.figures-leads-only"));
            return;
        }
        List<Figures.Table> tables;
        try {
            tables = Figures.of(figures.facts());
        } catch (CaseFigures.Unavailable e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    texts.text("safeguarding.error.figures-unavailable"));
            return;
        }
        if ("csv".equals(request.getParameter("format"))) {
            csv(tables, response);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.PRINT, Map.of(
                "tables", tables.stream().map(table -> FiguresPage.forTemplate(table, texts)).toList(),
                "hasTables", !tables.isEmpty(),
                "csvUrl", request.getContextPath() + PATH + "?format=csv",
                "produced", UkDates.dayAndTime(LocalDateTime.now(clock))), response.getWriter());
    }

    /** Each table as a header line and its lines, a blank line between tables. */
    private void csv(List<Figures.Table> tables, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"safeguarding-figures.csv\"");
        CSVPrinter csv = CSVFormat.DEFAULT.print(response.getWriter());
        for (Figures.Table table : tables) {
            csv.printRecord(FiguresPage.header(table, texts));
            for (List<String> line : FiguresPage.lines(table, texts)) {
                csv.printRecord(line);
            }
            csv.println();
        }
        csv.flush();
    }
}
