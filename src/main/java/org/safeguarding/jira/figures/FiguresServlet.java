package org.safeguarding.jira.figures;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.leads.RoleLedProjects;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.Figures;

/**
 * Figures for trustees and commissioners ({@code /plugins/servlet/safeguarding/figures}, and {@code ?format=csv} for a
 * spreadsheet): each published year's concerns raised, by exploitation type, route, nation and age group, and cases
 * closed, by outcome, every figure as its band of ten; and the years over but not yet published, each with a button to
 * publish it ({@link FiguresResource}). For Jira administrators and the members of the safeguarding leads' group named
 * in the settings, after they confirm their password (WebSudo), as publishing cannot be undone. A lead named only by
 * project role sees their own projects' figures, worked out afresh and never published. No case's key or words
 * appear in it.
 */
@Named
public class FiguresServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/figures";
    static final String TEMPLATE = "templates/figures/figures.vm";
    static final String REFUSED = "templates/figures/refused.vm";
    private static final long serialVersionUID = 1L;
    private static final Comparator<PublishedFigures.Published> NEWEST_FIRST =
            Comparator.comparingInt((PublishedFigures.Published year) -> year.figures().year()).reversed();

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudo;
    private final transient FiguresReaders readers;
    private final transient RoleLedProjects roleLed;
    private final transient CaseFigures figures;
    private final transient ProjectFigures projectFigures;
    private final transient PublishedFigures published;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public FiguresServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudo,
                          FiguresReaders readers, RoleLedProjects roleLed, CaseFigures figures,
                          ProjectFigures projectFigures, PublishedFigures published, PageTemplates pages, Texts texts,
                          Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudo = webSudo;
        this.readers = readers;
        this.roleLed = roleLed;
        this.figures = figures;
        this.projectFigures = projectFigures;
        this.published = published;
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
        UserKey user = userManager.getRemoteUserKey(request);
        if (!readers.mayRead(user)) {
            // The CSV file is the organisation's published figures; a lead named by role has their projects' on the page.
            List<String> projects = "csv".equals(request.getParameter("format")) ? List.of()
                    : roleLed.projectKeys(user);
            if (projects.isEmpty()) {
                // A page in Jira's own chrome that names the setting to change, not a bare error.
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/html;charset=UTF-8");
                pages.render(REFUSED, PageResource.FIGURES, Map.of(), response.getWriter());
                return;
            }
            projectsPage(projects, response);
            return;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        List<PublishedFigures.Published> years = published.all();
        if ("csv".equals(request.getParameter("format"))) {
            csv(years, response);
            return;
        }
        Set<Integer> publishedYears = years.stream().map(year -> year.figures().year()).collect(Collectors.toSet());
        List<Integer> unpublished;
        try {
            unpublished = Figures.yearsOver(figures.firstRaised(), LocalDate.now(clock)).stream()
                    .filter(year -> !publishedYears.contains(year)).toList();
        } catch (CaseFigures.Unavailable e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    texts.text("safeguarding.error.figures-unavailable"));
            return;
        }
        int thisYear = LocalDate.now(clock).getYear();
        String api = request.getContextPath() + "/rest/safeguarding/1.0/figures/";
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.FIGURES, Map.of(
                "years", years.stream().sorted(NEWEST_FIRST).map(year -> FiguresPage.forTemplate(year, texts)).toList(),
                "hasYears", !years.isEmpty(),
                "unpublished", unpublished.stream().sorted(Comparator.reverseOrder()).map(year -> Map.of("year", String.valueOf(year),
                        "apiUrl", api + year)).toList(),
                "thisYear", texts.text("safeguarding.figures.this-year", String.valueOf(thisYear),
                        UkDates.day(LocalDate.of(thisYear + 1, 1, 1))),
                "csvUrl", request.getContextPath() + PATH + "?format=csv",
                "projects", "",
                "produced", UkDates.dayAndTime(LocalDateTime.now(clock))), response.getWriter());
    }

    /**
     * For a lead named only by project role: each year over of the cases in their own projects, worked out now from
     * cases they lead and may see already, in the same bands; nothing to publish, since only the organisation's
     * figures are published for trustees.
     */
    private void projectsPage(List<String> projects, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        List<Figures.CaseFacts> facts;
        try {
            facts = projectFigures.factsIn(Set.copyOf(projects));
        } catch (CaseFigures.Unavailable e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    texts.text("safeguarding.error.figures-unavailable"));
            return;
        }
        List<Integer> years = Figures.yearsOver(facts.stream().map(Figures.CaseFacts::raised)
                .min(LocalDate::compareTo), today);
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.FIGURES, Map.of(
                "years", years.stream().sorted(Comparator.reverseOrder()).map(year -> FiguresPage.forTemplate(
                        new PublishedFigures.Published(Figures.of(year, facts), today), texts)).toList(),
                "hasYears", !years.isEmpty(),
                "unpublished", List.of(),
                "projects", String.join(", ", projects),
                "thisYear", "",
                "csvUrl", "",
                "produced", UkDates.dayAndTime(LocalDateTime.now(clock))), response.getWriter());
    }

    /** One figure a line, every published year. */
    private void csv(List<PublishedFigures.Published> years, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"safeguarding-figures.csv\"");
        CSVPrinter csv = CSVFormat.DEFAULT.print(response.getWriter());
        csv.printRecord(FiguresPage.csvHeader(texts));
        for (PublishedFigures.Published year : years) {
            for (List<String> line : FiguresPage.csvLines(year, texts)) {
                csv.printRecord(line);
            }
        }
        csv.flush();
    }
}
