package org.safeguarding.jira.plan;

import static java.util.Map.entry;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.platform.LoginRedirect;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;

/**
 * "Our safeguarding plan" ({@code /plugins/servlet/safeguarding/plan}), linked from every safeguarding panel so
 * everyone knows where to find it: for anyone logged in to Jira. It is the organisation's process, not a case, so
 * it holds no personal data; administrators change it on the administration page.
 */
@Named
public class PlanServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/plan";
    static final String TEMPLATE = "templates/plan/plan.vm";
    private static final String ADMIN_PAGE = "/plugins/servlet/safeguarding/admin/plan";
    /** The staff page on the signs (SpotTheSignsServlet, which links back here). */
    private static final String SIGNS_PAGE = "/plugins/servlet/safeguarding/spot-the-signs";
    /** Who has read the plan, and the staff's training: staff data, for the leads and the admins. */
    private static final String READERS_PAGE = "/plugins/servlet/safeguarding/plan-readers";
    private static final String TRAINING_PAGE = "/plugins/servlet/safeguarding/training";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient PlanStore store;
    private final transient PlanReads reads;
    private final transient FiguresReaders staffDataReaders;
    private final transient PageTemplates pages;
    private final transient Texts texts;

    /**
     * @param staffDataReaders who may see staff data such as who has read the plan: the leads and the admins, who
     *                         read the figures
     */
    @Inject
    public PlanServlet(UserManager userManager, LoginUriProvider loginUriProvider, PlanStore store, PlanReads reads,
                       FiguresReaders staffDataReaders, PageTemplates pages, Texts texts) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.store = store;
        this.reads = reads;
        this.staffDataReaders = staffDataReaders;
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.switchedOff(this, response)
                || !LoginRedirect.loggedIn(request, response, userManager, loginUriProvider)) {
            return;
        }
        UserKey user = userManager.getRemoteUserKey(request);
        OurPlan ours = OurPlan.of(store, texts);
        String root = request.getContextPath();
        // Only a plan the organisation has written can be read: the template asks nobody.
        String reading = store.read().map(saved -> reads.hasRead(user.getStringValue(), saved.version()) ? "read"
                : "ask").orElse("");
        response.setContentType("text/html;charset=UTF-8");
        boolean staffData = staffDataReaders.mayRead(user);
        pages.render(TEMPLATE, PageResource.PRINT, Map.ofEntries(entry("parts", ours.parts(texts)),
                entry("template", ours.template()),
                entry("changedOn", ours.changedOn() == null ? "" : UkDates.day(ours.changedOn())),
                entry("admin", userManager.isAdmin(user)),
                entry("adminUrl", root + ADMIN_PAGE + "#safeguarding-plan-heading"),
                entry("signsUrl", root + SIGNS_PAGE),
                entry("reading", reading),
                entry("readUrl", root + "/rest/safeguarding/1.0/plan/read"),
                entry("readersUrl", staffData ? root + READERS_PAGE : ""),
                entry("trainingUrl", staffData ? root + TRAINING_PAGE : "")),
                response.getWriter());
    }
}
