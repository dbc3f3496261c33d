package org.safeguarding.jira.raise;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.resources.ResourceCategory;

/**
 * "Spot the signs" ({@code /plugins/servlet/safeguarding/spot-the-signs}): a page for the staff intranet and the
 * staff-room wall, for anyone logged in to Jira. The signs by group and the three questions to ask, in the guided
 * page's own words; 999 first; whom to tell (the guided page, which tells the leads); the helplines for everyone in
 * every nation; and where the plan is. Printable. It holds no personal data.
 */
@Named
public class SpotTheSignsServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/spot-the-signs";
    static final String TEMPLATE = "templates/raise/spot-the-signs.vm";
    private static final String PLAN_PAGE = "/plugins/servlet/safeguarding/plan";
    /** Whom anyone may call, whatever the nation or age: danger, and advice and reporting. */
    private static final Set<ResourceCategory> FOR_EVERYONE = Set.of(ResourceCategory.EMERGENCY,
            ResourceCategory.ADVICE_AND_REPORTING);
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient DirectorySource directory;
    private final transient PageTemplates pages;
    private final transient RaiseForm form;

    @Inject
    public SpotTheSignsServlet(UserManager userManager, LoginUriProvider loginUriProvider, DirectorySource directory,
                               PageTemplates pages, Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.directory = directory;
        this.pages = pages;
        this.form = new RaiseForm(texts);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)
                || !LoginRedirect.loggedIn(request, response, userManager, loginUriProvider)) {
            return;
        }
        String root = request.getContextPath();
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.PRINT, Map.of(
                "indicatorGroups", form.indicatorGroups(),
                "questions", form.questions(true),
                "services", directory.directory().forCase(Optional.empty(), false).stream()
                        .filter(service -> FOR_EVERYONE.contains(service.category()) && service.nations().isEmpty()
                                && service.phone() != null)
                        .map(service -> Map.of("name", service.name(), "phone", service.phone())).toList(),
                "raiseUrl", root + RaiseConcernServlet.PATH,
                "posterUrl", root + PosterServlet.PATH,
                "planUrl", root + PLAN_PAGE), response.getWriter());
    }
}
