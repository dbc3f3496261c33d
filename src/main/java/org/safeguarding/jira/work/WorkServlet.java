package org.safeguarding.jira.work;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.leads.RoleLedProjects;
import org.safeguarding.jira.figures.FiguresServlet;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.staff.StaffReadiness;

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
    private static final String TRAINING_PAGE = "/plugins/servlet/safeguarding/training";
    private static final String READERS_PAGE = "/plugins/servlet/safeguarding/plan-readers";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WorkQueues queues;
    private final transient FiguresReaders figuresReaders;
    private final transient RoleLedProjects roleLed;
    private final transient StaffReadiness staff;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public WorkServlet(UserManager userManager, LoginUriProvider loginUriProvider, WorkQueues queues,
                       FiguresReaders figuresReaders, RoleLedProjects roleLed, StaffReadiness staff,
                       PageTemplates pages, Texts texts, Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.queues = queues;
        this.figuresReaders = figuresReaders;
        this.roleLed = roleLed;
        this.staff = staff;
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
        UserKey user = userManager.getRemoteUserKey(request);
        boolean lead = figuresReaders.mayRead(user);
        // A lead named only by project role has their own projects' figures (no projects asked while no role is named).
        boolean figures = lead || !roleLed.projectKeys(user).isEmpty();
        LocalDate today = LocalDate.now(clock);
        pages.render(WorkPage.TEMPLATE, PageResource.PRINT, Map.of(
                "queues", WorkPage.queues(queues.queues(), root, today, texts),
                "figuresUrl", figures ? root + FiguresServlet.PATH : "",
                "staffTasks", lead ? staffTasks(root, today) : List.of()), response.getWriter());
    }

    /**
     * What the staff still need, for the leads: training due or overdue, and the current plan not yet read. Staff
     * data, so for the leads and the admins only, as the figures are.
     */
    private List<Map<String, String>> staffTasks(String root, LocalDate today) {
        List<Map<String, String>> tasks = new ArrayList<>();
        StaffReadiness.Standing standing = staff.now(today);
        long due = standing.training().rows().stream().filter(row -> row.status().due()).count();
        if (due > 0) {
            tasks.add(Map.of("text", texts.text("safeguarding.work.staff.training-due", String.valueOf(due)),
                    "url", root + TRAINING_PAGE, "link", texts.text("safeguarding.training.title")));
        }
        standing.planReadership().map(readership -> readership.rows().size() - readership.readCurrent())
                .filter(unread -> unread > 0).ifPresent(unread -> tasks.add(Map.of("text",
                        texts.text("safeguarding.work.staff.plan-unread", String.valueOf(unread)),
                        "url", root + READERS_PAGE, "link", texts.text("safeguarding.plan.readers.link"))));
        return tasks;
    }
}
