package org.safeguarding.jira.work;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.figures.FiguresServlet;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;

/**
 * "Safeguarding: what needs me now" ({@code /plugins/servlet/safeguarding/work}): each work queue with how many of
 * the cases the user may see are in it, the first few, and the whole list in Jira's issue navigator, where the lead
 * keeps Jira's own tools. For anyone logged in; Jira's permissions decide which cases each person counts. Those who
 * may read the figures for trustees find them linked here.
 */
@Named
public class WorkServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/work";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WorkQueues queues;
    private final transient FiguresReaders figuresReaders;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public WorkServlet(UserManager userManager, LoginUriProvider loginUriProvider, WorkQueues queues,
                       FiguresReaders figuresReaders, PageTemplates pages, Texts texts, Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.queues = queues;
        this.figuresReaders = figuresReaders;
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
        response.setContentType("text/html;charset=UTF-8");
        String root = request.getContextPath();
        pages.render(WorkPage.TEMPLATE, PageResource.PRINT, Map.of(
                "queues", WorkPage.queues(queues.queues(), root, LocalDate.now(clock), texts),
                "figuresUrl", figuresReaders.mayRead(userManager.getRemoteUserKey(request))
                        ? root + FiguresServlet.PATH : ""), response.getWriter());
    }
}
