package org.safeguarding.jira.raise;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.panel.DirectorySource;
import org.safeguarding.jira.plan.PlanReads;
import org.safeguarding.jira.plan.PlanStore;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;

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
    private static final String PLAN_PAGE = "/plugins/servlet/safeguarding/plan";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient ConcernRaiser raiser;
    private final transient PageTemplates pages;
    private final transient DirectorySource directory;
    private final transient RaiseForm form;
    private final transient PlanStore plan;
    private final transient PlanReads planReads;
    private final transient Clock clock;

    @Inject
    public RaiseConcernServlet(UserManager userManager, LoginUriProvider loginUriProvider, ConcernRaiser raiser,
                               DirectorySource directory, PlanStore plan, PlanReads planReads, PageTemplates pages,
                               Texts texts, Clock clock) {
        this.userManager = userManager;
        this.plan = plan;
        this.planReads = planReads;
        this.clock = clock;
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
        // Asked once per version of the plan, beside the form: it never stands in the way of raising a concern.
        Optional<PlanStore.Saved> saved = plan.read();
        boolean askToRead = planReads.askNow(userManager.getRemoteUserKey(request).getStringValue(), saved,
                clock.instant());
        context.put("planAsk", askToRead);
        context.put("planChangedOn", askToRead ? UkDates.day(saved.orElseThrow().on()) : "");
        context.put("planUrl", root + PLAN_PAGE);
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.RAISE, context, response.getWriter());
    }
}
