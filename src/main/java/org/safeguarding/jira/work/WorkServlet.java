package org.safeguarding.jira.work;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.web.LoginRedirect;
import org.safeguarding.jira.web.PageResource;
import org.safeguarding.jira.web.PageTemplates;
import org.safeguarding.jira.web.Texts;
import org.safeguarding.jira.web.WorkQueues;

/**
 * "Safeguarding: what needs me now" ({@code /plugins/servlet/safeguarding/work}): each work queue with how many of
 * the cases the user may see are in it, the first few, and the whole list in Jira's issue navigator, where the lead
 * keeps Jira's own tools. For anyone logged in; Jira's permissions decide which cases each person counts.
 */
@Named
public class WorkServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/work";
    static final String TEMPLATE = "templates/work/work.vm";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WorkQueues queues;
    private final transient PageTemplates pages;
    private final transient Texts texts;

    @Inject
    public WorkServlet(UserManager userManager, LoginUriProvider loginUriProvider, WorkQueues queues,
                       PageTemplates pages, Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.queues = queues;
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)
                || !LoginRedirect.loggedIn(request, response, userManager, loginUriProvider)) {
            return;
        }
        String root = request.getContextPath();
        List<Map<String, Object>> shown = queues.queues().stream().map(listed -> Map.<String, Object>of(
                "id", listed.queue().id(),
                "label", texts.text(listed.queue().labelKey()),
                "count", listed.count() < 0 ? texts.text("safeguarding.work.not-counted")
                        : String.valueOf(listed.count()),
                "cases", listed.first().stream().map(found -> Map.of("key", found.key(), "summary", found.summary(),
                        "url", root + "/browse/" + found.key())).toList(),
                "hasCases", !listed.first().isEmpty(),
                "more", listed.count() > listed.first().size(),
                "all", listed.jql().map(jql -> root + "/issues/?jql=" + URLEncoder.encode(jql,
                        StandardCharsets.UTF_8)).orElse(""))).toList();
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.PRINT, Map.of("queues", shown), response.getWriter());
    }
}
