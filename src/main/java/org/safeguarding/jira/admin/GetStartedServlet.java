package org.safeguarding.jira.admin;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
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
import org.safeguarding.jira.platform.AdminGate;
import org.safeguarding.jira.platform.PageResource;
import org.safeguarding.jira.platform.PageTemplates;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.staff.StaffReadiness;
import org.safeguarding.referral.SetupChecklist;
import org.safeguarding.referral.StaffTraining;

/**
 * "Get started" ({@code /plugins/servlet/safeguarding/get-started}), first in the app's section of Jira's
 * administration: what is still to do before the app protects anyone, each item worked out from the real state and
 * linked to the part of the administration page that puts it right. For administrators, after WebSudo.
 */
@Named
public class GetStartedServlet extends HttpServlet {
    public static final String PATH = "/plugins/servlet/safeguarding/get-started";
    /** This page among the administration's areas, for their shared links. */
    static final String AREA = "get-started";
    static final String TEMPLATE = "templates/admin/get-started.vm";
    private static final String READERS_PAGE = "/plugins/servlet/safeguarding/plan-readers";
    private static final String TRAINING_PAGE = "/plugins/servlet/safeguarding/training";
    private static final long serialVersionUID = 1L;

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient ChecklistFacts facts;
    private final transient StaffReadiness staff;
    private final transient PageTemplates pages;
    private final transient Texts texts;
    private final transient Clock clock;

    @Inject
    public GetStartedServlet(UserManager userManager, LoginUriProvider loginUriProvider,
                             WebSudoManager webSudoManager, ChecklistFacts facts, StaffReadiness staff,
                             PageTemplates pages, Texts texts, Clock clock) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.facts = facts;
        this.staff = staff;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AdminGate.passes(request, response, userManager, loginUriProvider, webSudoManager)) {
            return;
        }
        SetupChecklist checklist = facts.checklist();
        String admin = request.getContextPath() + AdminServlet.PATH;
        response.setContentType("text/html;charset=UTF-8");
        pages.render(TEMPLATE, PageResource.ADMIN, Map.of("allDone", checklist.allDone(),
                "areas", AdminServlet.areaLinks(request.getContextPath(), AREA, texts),
                "items", checklist.items().stream().map(item -> Map.<String, Object>of(
                        "id", item.check().id(),
                        "name", texts.text(item.check().labelKey()),
                        "finding", texts.text(item.findingKey(), item.arguments().toArray(String[]::new)),
                        "done", item.done(),
                        "url", admin + "/" + item.check().place())).toList(),
                "staff", staffReady(request.getContextPath())), response.getWriter());
    }

    /**
     * Whether the staff are ready, as shares, beside the checklist and never holding it up: the guidance asks for a
     * plan everyone knows and trained staff, which a Jira setting cannot make so.
     */
    private Map<String, Object> staffReady(String root) {
        StaffReadiness.Standing standing = staff.now(LocalDate.now(clock));
        Optional<String> group = standing.staffGroup();
        String planRead = standing.planReadership().flatMap(readership -> readership.percentRead().map(percent ->
                texts.text("safeguarding.checklist.staff.plan-read", String.valueOf(readership.readCurrent()),
                        String.valueOf(readership.rows().size()), String.valueOf(percent))))
                .orElse(texts.text("safeguarding.checklist.staff.plan-read.none"));
        StaffTraining training = standing.training();
        String trained = training.percentUpToDate().map(percent -> texts.text("safeguarding.checklist.staff.trained",
                String.valueOf(training.upToDate()), String.valueOf(training.rows().size()),
                String.valueOf(percent))).orElse(texts.text("safeguarding.checklist.staff.trained.none"));
        return Map.of("named", group.isPresent(),
                "planRead", planRead,
                "trained", trained,
                "readersUrl", root + READERS_PAGE,
                "trainingUrl", root + TRAINING_PAGE,
                "settingsUrl", root + AdminServlet.PATH + "/settings#safeguarding-settings-staffGroup");
    }
}
