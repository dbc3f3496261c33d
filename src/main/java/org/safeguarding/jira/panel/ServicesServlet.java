package org.safeguarding.jira.panel;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.cases.CasePage;
import org.safeguarding.jira.cases.CasePages;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.Screening;

/**
 * The resources panel's "whom to call" section for one case ({@code /plugins/servlet/safeguarding/services?case=SG-1}):
 * the helplines and services for its nation, for a child or an adult, and its gender. The panel fetches it when the
 * worker opens the section, so an issue view costs the same whatever the size of the directory
 * (ResourcesPanelBenchmark), asking for the section alone ({@code &part=section}); without script, or if that fails,
 * the section links here and this is a page of its own. It holds nothing about the case, and is the same for every
 * case that shares those three ({@link SharedSections} keeps it).
 */
@Named
public class ServicesServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/services?case=";
    /** {@code &part=section}: the section alone, as the panel's script fetches it; otherwise a page of its own. */
    static final String SECTION = "section";
    static final String PAGE = "templates/panel/services-page.vm";
    private static final long serialVersionUID = 1L;

    private final transient CasePages casePages;
    private final transient DirectorySource directory;
    private final transient SharedSections shared;
    private final transient SettingsStore settings;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public ServicesServlet(CasePages casePages, DirectorySource directory, SharedSections shared,
                           SettingsStore settings, PageTemplates pages, Texts texts, Clock clock) {
        this.casePages = casePages;
        this.directory = directory;
        this.shared = shared;
        this.settings = settings;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CasePage.Opened> opened = casePages.open(this, request, response);
        if (opened.isEmpty()) {
            return;
        }
        Screening screening = opened.get().screening();
        String services = shared.services(directory.directory(), settings.read().organisation().nationOf(screening),
                screening.treatedAsChild(LocalDate.now(clock)), screening.gender());
        if (SECTION.equals(request.getParameter("part"))) {
            response.getWriter().write(services);
            return;
        }
        pages.render(PAGE, PageResource.PRINT, Map.of("title", texts.text("safeguarding.panel.services.page-title"),
                "servicesHtml", services), response.getWriter());
    }
}
