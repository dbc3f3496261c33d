package org.safeguarding.jira.raise;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.SettingsStore;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.PrintedLine;
import org.safeguarding.resources.Resource;

/**
 * The poster and card for waiting areas and toilets ({@code /plugins/servlet/safeguarding/poster?lang=ar&size=a6}),
 * for staff to print: in one of the languages the app has explanations in, what modern slavery is in one line, that
 * help is free and confidential, the Modern Slavery & Exploitation Helpline's number from the directory, the
 * organisation's own number when the settings give it, and 999 for someone in danger, with the English beside. A4 for
 * a wall, A6 for a card to take. It holds no personal data.
 */
@Named
public class PosterServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/poster";
    static final String TEMPLATE = "templates/raise/poster.vm";
    /** The directory entry the poster gives the number of, as the leaflet does. */
    static final String HELPLINE = "modern-slavery-helpline";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient DirectorySource directory;
    private final transient SettingsStore settings;
    private final transient PageTemplates pages;

    @Inject
    public PosterServlet(UserManager userManager, LoginUriProvider loginUriProvider, DirectorySource directory,
                         SettingsStore settings, PageTemplates pages) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.directory = directory;
        this.settings = settings;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)
                || !LoginRedirect.loggedIn(request, response, userManager, loginUriProvider)) {
            return;
        }
        Explanations explanations = directory.explanations();
        Explanation chosen = explanations.languages().stream()
                .filter(language -> language.tag().equals(request.getParameter("lang"))).findFirst()
                .orElse(explanations.english());
        boolean card = "a6".equals(request.getParameter("size"));
        Optional<Resource> helpline = directory.directory().entries().stream()
                .filter(entry -> entry.id().equals(HELPLINE) && !entry.retired() && entry.phone() != null)
                .findFirst();
        AppSettings named = settings.read();
        boolean organisation = named.reachable();
        String root = request.getContextPath() + PATH;
        Map<String, Object> page = new HashMap<>();
        page.put("size", card ? "a6" : "a4");
        page.put("words", words(chosen));
        page.put("english", chosen.translation() ? words(explanations.english()) : Map.of());
        page.put("beside", chosen.translation());
        page.put("unchecked", chosen.unchecked());
        page.put("helpline", helpline.map(Resource::phone).orElse(""));
        page.put("organisationName", organisation ? named.organisationName() : "");
        page.put("organisationNumber", organisation ? named.callBackNumber() : "");
        page.put("languages", explanations.languages().stream().map(language -> Map.of("name", language.name(),
                "tag", language.tag(), "a4", root + "?lang=" + language.tag(),
                "a6", root + "?lang=" + language.tag() + "&size=a6")).toList());
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.PRINT, page, response.getWriter());
    }

    /** One language's words on the poster, with its tag and direction. */
    private static Map<String, String> words(Explanation language) {
        return Map.of("lang", language.tag(), "dir", language.direction(), "title", language.title(),
                "what", language.line(PrintedLine.WHAT), "help", language.line(PrintedLine.HELP),
                "danger", language.line(PrintedLine.DANGER));
    }
}
