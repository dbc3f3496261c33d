package org.safeguarding.jira.panel;

import com.atlassian.sal.api.user.UserManager;
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
 * The resources panel's "whom to call" section: the helplines and services for a nation, for a child or an adult, and
 * a gender. The panel fetches it when the worker opens the section ({@code ?for=scotland.adult.female}), so an issue
 * view costs the same whatever the size of the directory; the section names no case and holds nothing about one, so
 * it carries a tag of its bytes (an ETag) and a browser that opens it again only asks whether it changed. Without
 * script, or if that fails, the panel's link opens it for one case as a page of its own ({@code ?case=SG-1}), with a
 * case page's checks. {@link SharedSections} keeps each section.
 */
@Named
public class ServicesServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/services?case=";
    /** The section alone, as the panel's script fetches it. */
    public static final String SECTION_PATH = "/plugins/servlet/safeguarding/services?for=";
    static final String PAGE = "templates/panel/services-page.vm";
    private static final long serialVersionUID = 1L;

    private final transient CasePages casePages;
    private final transient UserManager users;
    private final transient DirectorySource directory;
    private final transient SharedSections shared;
    private final transient SettingsStore settings;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public ServicesServlet(CasePages casePages, UserManager users, DirectorySource directory, SharedSections shared,
                           SettingsStore settings, PageTemplates pages, Texts texts, Clock clock) {
        this.casePages = casePages;
        this.users = users;
        this.directory = directory;
        this.shared = shared;
        this.settings = settings;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("for") != null) {
            section(request, response);
            return;
        }
        Optional<CasePage.Opened> opened = casePages.open(this, request, response);
        if (opened.isEmpty()) {
            return;
        }
        Screening screening = opened.get().screening();
        String services = shared.services(directory.directory(), settings.read().organisation().nationOf(screening),
                screening.treatedAsChild(LocalDate.now(clock)), screening.gender());
        pages.render(PAGE, PageResource.PRINT, Map.of("title", texts.text("safeguarding.panel.services.page-title"),
                "servicesHtml", services), response.getWriter());
    }

    /** The section by whom it is for: to anyone signed in, as the directory's helplines are. */
    private void section(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)) {
            return;
        }
        if (users.getRemoteUserKey(request) == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Optional<ServicesFor> wanted = ServicesFor.parse(request.getParameter("for"));
        if (wanted.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, texts.text("safeguarding.panel.services.bad-for"));
            return;
        }
        KeptFragments.Fragment section = shared.servicesSection(directory.directory(), wanted.get());
        String etag = "\"" + section.tag() + "\"";
        // No case and nothing about one: the browser may keep it (the filter said no-store) and revalidate each time.
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(section.html());
    }
}
