package org.safeguarding.jira.raise;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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

/**
 * "Raise a safeguarding concern" ({@code /plugins/servlet/safeguarding/raise}): the guided screening for a front-line
 * worker, one step at a time, beside Jira's own Create screen, which keeps working with the same fields. For anyone
 * logged in; it offers only the projects where they may raise a concern (the one a project's sidebar link names
 * chosen first), and raises it through the REST resource, so nothing is stored until the worker saves.
 */
@Named
public class RaiseConcernServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/raise";
    static final String TEMPLATE = "templates/raise/raise.vm";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient ConcernRaiser raiser;
    private final transient PageTemplates pages;
    private final transient DirectorySource directory;
    private final transient RaiseForm form;

    @Inject
    public RaiseConcernServlet(UserManager userManager, LoginUriProvider loginUriProvider, ConcernRaiser raiser,
                               DirectorySource directory, PageTemplates pages, Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.raiser = raiser;
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
        List<ConcernRaiser.Place> places = raiser.places();
        Map<String, Object> context = form.context(places, request.getParameter("project"),
                directory.explanations());
        String root = request.getContextPath();
        context.put("restUrl", root + "/rest/safeguarding/1.0");
        context.put("browseUrl", root + "/browse/");
        context.put("loginUrl", root + "/login.jsp");
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.RAISE, context, response.getWriter());
    }
}
